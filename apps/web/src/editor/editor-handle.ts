import type { ShapeId } from '@sketchroom/board-model';
import type { Camera } from '@sketchroom/geometry';
import type { Editor } from './editor.ts';

/** What the app shell may do with the board editor. */
export interface EditorHandle {
  /** Makes the camera follow that person's view until the user pans; null stops. */
  follow(clientId: number | null): void;
  readonly followedClientId: number | null;
  /** Moves the camera so the given shapes (or, without ids, the whole board) fit. */
  zoomToFit(ids?: readonly ShapeId[]): void;
  readonly camera: Camera;
  readonly selectedIds: readonly ShapeId[];
  /** Subscribes to follow, camera and selection changes. */
  subscribe(listener: () => void): () => void;
}

export function createEditorHandle(
  editor: Editor,
  zoomToFit: (ids?: readonly ShapeId[]) => void,
): EditorHandle {
  return {
    follow: (clientId) => editor.follow(clientId),
    get followedClientId() {
      return editor.state.followingClientId;
    },
    zoomToFit,
    get camera() {
      return editor.state.camera;
    },
    get selectedIds() {
      return editor.state.selectedIds;
    },
    subscribe: (listener) => editor.session.subscribe(listener),
  };
}
