import type { Shape } from '@sketchroom/board-model';
import type { BoardDoc, BoardUndo, ShapeChanges } from '@sketchroom/board-yjs';
import { repairTextFit } from './fit-repair.ts';
import type { ShapeIndex } from './shape-index.ts';
import type { Session } from './session.ts';
import type { Store } from './store.ts';
import { withoutRemoved } from './without-removed.ts';

/** What keeping up with the document needs of the editor. */
export interface BoardFollowHost {
  readonly board: BoardDoc;
  readonly index: ShapeIndex;
  readonly history: BoardUndo;
  readonly session: Store<Session>;
  readonly readOnly: boolean;
  setSelection(ids: readonly Shape['id'][]): void;
}

/** The in-place text editor, which lets go of a shape someone else deleted. */
interface RemovalAware {
  dropRemoved(gone: ReadonlySet<string>): void;
}

/**
 * Keeps the editor in step with the document and its undo history, whoever
 * changed them: the shape index, what can be undone, shapes that text others
 * wrote no longer fits, selections of shapes just locked or deleted. Returns
 * the function that stops it.
 */
export function followBoard(host: BoardFollowHost, text: RemovalAware): () => void {
  const stopShapes = host.board.observe((changes) => onShapes(host, text, changes));
  const stopHistory = host.history.onChange(() =>
    host.session.update({ canUndo: host.history.canUndo(), canRedo: host.history.canRedo() }),
  );
  return () => {
    stopShapes();
    stopHistory();
  };
}

function onShapes(host: BoardFollowHost, text: RemovalAware, changes: ShapeChanges): void {
  const upserts = [...changes.added, ...changes.updated].flatMap(
    (id) => host.board.getShape(id) ?? [],
  );
  host.index.apply(upserts, changes.removed);
  // Text others wrote without sizing its shape: editors grow the shape to fit.
  if (!host.readOnly) repairTextFit(host.board, changes);
  const state = host.session.get();
  // A shape someone just locked drops out of the selection, so nothing here moves it.
  if (upserts.some((shape) => shape.locked && state.selectedIds.includes(shape.id))) {
    host.setSelection(state.selectedIds);
  }
  if (changes.removed.length === 0) return;
  // Someone else deleted shapes we hold: let go of them without fuss.
  const gone = new Set<string>(changes.removed);
  text.dropRemoved(gone);
  host.session.update(withoutRemoved(host.session.get(), gone));
}
