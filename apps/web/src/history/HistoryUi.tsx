import type { Editor } from '../editor/editor.ts';
import { HistoryPanel } from './HistoryPanel.tsx';
import { updateHistory, useHistory } from './history-store.ts';
import { undoRestore } from './preview-ops.ts';
import { VersionPreview } from './VersionPreview.tsx';

/** Everything of version history over the board: the preview, the panel, and its notices. */
export function HistoryUi({ editor }: { editor: Editor }) {
  const access = useHistory((s) => s.access);
  const undoable = useHistory((s) => s.undoable);
  const error = useHistory((s) => s.error);
  return (
    <>
      <VersionPreview editor={editor} />
      <HistoryPanel editor={editor} />
      {(undoable || error) && (
        <div className="sr-panel sr-history-toast" role="status" data-testid="history-toast">
          {error ? (
            <span data-testid="history-toast-error">{error}</span>
          ) : (
            <>
              <span>Restored</span>
              {access && (
                <button
                  type="button"
                  className="sr-button"
                  data-testid="history-undo-restore"
                  onClick={() => void undoRestore(access)}
                >
                  Undo
                </button>
              )}
            </>
          )}
          <button
            type="button"
            className="sr-button"
            aria-label="Dismiss"
            onClick={() => updateHistory({ undoable: null, error: null })}
          >
            ✕
          </button>
        </div>
      )}
    </>
  );
}
