import type { VersionSummary } from '@sketchroom/board-access';
import { useEffect, useState } from 'react';
import type { Editor } from '../editor/editor.ts';
import { useEditorState } from '../editor-ui/use-editor-state.ts';
import { exactTime, kindLabel, relativeTime, shapeCountLabel } from './format.ts';
import { HistoryError, listVersions, type HistoryAccess } from './history-api.ts';
import { toggleHistory, updateHistory, useHistory } from './history-store.ts';
import { SaveVersion } from './SaveVersion.tsx';
import { Thumbnail } from './Thumbnail.tsx';
import { showVersion } from './preview-ops.ts';
import './history.css';

type Listing = { versions: VersionSummary[] } | { error: string } | null;

/** The side panel (a full-width sheet on a phone) listing the board's versions, newest first. */
export function HistoryPanel({ editor }: { editor: Editor }) {
  const open = useHistory((s) => s.open);
  const access = useHistory((s) => s.access);
  const previewing = useHistory((s) => s.preview !== null);
  if (!open) return null;
  return (
    <aside
      className={`sr-panel sr-history${previewing ? ' is-previewing' : ''}`}
      data-testid="history-panel"
      aria-label="Version history"
    >
      <header className="sr-history-header">
        <h2>Version history</h2>
        <button
          type="button"
          className="sr-button"
          aria-label="Close history"
          data-testid="history-close"
          onClick={toggleHistory}
        >
          ✕
        </button>
      </header>
      {access ? (
        <Versions editor={editor} access={access} />
      ) : (
        <p className="sr-history-note">History is kept only for boards shared through links.</p>
      )}
    </aside>
  );
}

function Versions({ editor, access }: { editor: Editor; access: HistoryAccess }) {
  const generation = useHistory((s) => s.generation);
  const canEdit = useHistory((s) => s.canEdit);
  const selected = useHistory((s) => s.preview?.version.id ?? null);
  const theme = useEditorState(editor, (s) => s.theme);
  const [listing, setListing] = useState<Listing>(null);

  useEffect(() => {
    let current = true;
    listVersions(access).then(
      (list) => current && setListing({ versions: list.versions }),
      (error: unknown) => current && setListing({ error: listingError(error) }),
    );
    return () => {
      current = false;
    };
  }, [access, generation]);

  const now = Date.now();
  return (
    <>
      {canEdit && <SaveVersion access={access} />}
      {listing === null && <p className="sr-history-note">Loading…</p>}
      {listing && 'error' in listing && (
        <p className="sr-history-error" role="alert" data-testid="history-error">
          {listing.error}
        </p>
      )}
      {listing && 'versions' in listing && listing.versions.length === 0 && (
        <p className="sr-history-note">
          No versions yet: one is kept every few minutes of editing.
        </p>
      )}
      {listing && 'versions' in listing && (
        <ol className="sr-history-list" data-testid="history-list">
          {listing.versions.map((version) => (
            <li key={version.id}>
              <button
                type="button"
                className={`sr-history-row${version.id === selected ? ' is-active' : ''}`}
                data-testid="history-version"
                data-kind={version.kind}
                aria-pressed={version.id === selected}
                onClick={() => {
                  updateHistory({ error: null });
                  void showVersion(access, version);
                }}
              >
                <Thumbnail access={access} id={version.id} theme={theme} />
                <span className="sr-history-text">
                  <span className="sr-history-name">{version.name ?? kindLabel(version.kind)}</span>
                  <span className="sr-history-meta">
                    <time title={exactTime(version.createdAt)}>
                      {relativeTime(version.createdAt, now)}
                    </time>
                    {' · '}
                    {version.name ? `${kindLabel(version.kind)} · ` : ''}
                    {shapeCountLabel(version.shapes)}
                  </span>
                  {version.authors.length > 0 && (
                    <span className="sr-history-authors">
                      {version.authors.slice(0, 6).map((author, i) => (
                        <span key={i} className="sr-history-author">
                          <span
                            className="sr-history-dot"
                            style={{ background: safeColor(author.color) }}
                          />
                          {author.name}
                        </span>
                      ))}
                    </span>
                  )}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function listingError(error: unknown): string {
  if (!(error instanceof HistoryError)) return String(error);
  // Reading is refused only to viewers, when the owner hides history from them.
  return error.status === 403
    ? 'The owner has not shared this board’s history with viewers.'
    : error.message;
}

/** Presence colours come from other people: only plain hex reaches a style. */
const safeColor = (color: string) => (/^#[0-9a-f]{3,8}$/i.test(color) ? color : '#888');
