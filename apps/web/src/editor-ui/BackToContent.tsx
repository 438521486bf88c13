import { viewportBounds } from '@sketchroom/geometry';
import { useEffect, useState } from 'react';
import { zoomToFit } from '../editor/camera-ops.ts';
import type { Editor } from '../editor/editor.ts';

/** True when the board has shapes and none of them is in view. */
export function isViewEmpty(editor: Editor): boolean {
  if (editor.index.size === 0) return false;
  return !editor.index.anyIn(viewportBounds(editor.camera, editor.state.viewport));
}

/** A way back for someone who panned or zoomed away from everything on the board. */
export function BackToContent({ editor }: { editor: Editor }) {
  const [lost, setLost] = useState(() => isViewEmpty(editor));

  useEffect(() => {
    const check = () => setLost(isViewEmpty(editor));
    check();
    const stops = [editor.session.subscribe(check), editor.index.subscribe(check)];
    return () => stops.forEach((stop) => stop());
  }, [editor]);

  if (!lost) return null;
  return (
    <div className="sr-back-to-content">
      <button
        type="button"
        className="sr-panel sr-button"
        data-testid="back-to-content"
        onClick={() => zoomToFit(editor)}
      >
        Back to content
      </button>
    </div>
  );
}
