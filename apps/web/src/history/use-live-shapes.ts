import type { Shape } from '@sketchroom/board-model';
import { useEffect, useState } from 'react';
import type { Editor } from '../editor/editor.ts';

/** The live board's shapes, re-read whenever they change (only while `active`). */
export function useLiveShapes(editor: Editor, active: boolean): readonly Shape[] {
  const [shapes, setShapes] = useState<readonly Shape[]>([]);
  useEffect(() => {
    if (!active) return undefined;
    setShapes(editor.board.allShapes());
    return editor.board.observe(() => setShapes(editor.board.allShapes()));
  }, [editor, active]);
  return shapes;
}
