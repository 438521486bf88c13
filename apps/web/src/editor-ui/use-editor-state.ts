import { useCallback, useSyncExternalStore } from 'react';
import type { Editor } from '../editor/editor.ts';
import type { Session } from '../editor/session.ts';

/** One slice of session state; the component re-renders only when that slice changes. */
export function useEditorState<T>(editor: Editor, select: (session: Session) => T): T {
  const subscribe = useCallback(
    (listener: () => void) => editor.session.subscribe(listener),
    [editor],
  );
  return useSyncExternalStore(subscribe, () => select(editor.session.get()));
}
