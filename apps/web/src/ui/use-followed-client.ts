import { useCallback, useSyncExternalStore } from 'react';
import type { EditorHandle } from '../editor/editor-handle.ts';

const noEditor = () => () => {};

/** The person whose viewport we follow; the editor ends a follow by itself when we pan. */
export function useFollowedClient(editor: EditorHandle | null) {
  const followed = useSyncExternalStore(
    editor ? editor.subscribe : noEditor,
    () => editor?.followedClientId ?? null,
  );
  const follow = useCallback((clientId: number | null) => editor?.follow(clientId), [editor]);
  return { followed, follow };
}
