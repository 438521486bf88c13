import { zoomTo } from '../editor/camera-ops.ts';
import type { Editor } from '../editor/editor.ts';
import { ActionButton } from './ActionButton.tsx';
import { Icon } from './icons.tsx';
import { useEditorState } from './use-editor-state.ts';

/** Bottom-left: zoom out / level / in / to fit, then undo and redo. */
export function ZoomControls({ editor }: { editor: Editor }) {
  const zoom = useEditorState(editor, (s) => s.camera.zoom);
  const readOnly = useEditorState(editor, (s) => s.readOnly);
  return (
    <div className="sr-bottom-left">
      <div className="sr-panel sr-row">
        <ActionButton editor={editor} action="zoom-out">
          <Icon name="minus" />
        </ActionButton>
        <button
          type="button"
          className="sr-button sr-zoom-level"
          data-testid="zoom-level"
          title="Reset zoom to 100% — Shift+0"
          onClick={() => zoomTo(editor, 1)}
        >
          {Math.round(zoom * 100)}%
        </button>
        <ActionButton editor={editor} action="zoom-in">
          <Icon name="plus" />
        </ActionButton>
        <ActionButton editor={editor} action="zoom-to-fit">
          <Icon name="fit" />
        </ActionButton>
      </div>
      {!readOnly && (
        <div className="sr-panel sr-row">
          <ActionButton editor={editor} action="undo">
            <Icon name="undo" />
          </ActionButton>
          <ActionButton editor={editor} action="redo">
            <Icon name="redo" />
          </ActionButton>
        </div>
      )}
    </div>
  );
}
