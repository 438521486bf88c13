import type { VersionSummary } from '@sketchroom/board-access';
import { HistoryError, restoreVersion, type HistoryAccess } from './history-api.ts';
import { historyState, refreshHistory, updateHistory } from './history-store.ts';
import { cachedVersionShapes } from './version-cache.ts';

const messageOf = (error: unknown) =>
  error instanceof HistoryError ? error.message : `Something went wrong: ${String(error)}`;

/** Shows a version read-only over the canvas; its shapes load in the background. */
export async function showVersion(access: HistoryAccess, version: VersionSummary): Promise<void> {
  updateHistory({ preview: { version, shapes: null, comparing: false } });
  try {
    const shapes = await cachedVersionShapes(access, version.id);
    const preview = historyState().preview;
    // Another version may have been picked meanwhile.
    if (preview?.version.id === version.id) updateHistory({ preview: { ...preview, shapes } });
  } catch (error) {
    if (historyState().preview?.version.id === version.id)
      updateHistory({ preview: null, error: messageOf(error) });
  }
}

export const closePreview = () => updateHistory({ preview: null });

export function toggleCompare(): void {
  const { preview } = historyState();
  if (preview) updateHistory({ preview: { ...preview, comparing: !preview.comparing } });
}

/** Makes the live board that version for everyone; the restorer may then undo it once. */
export async function restore(access: HistoryAccess, id: string): Promise<void> {
  try {
    const { protective } = await restoreVersion(access, id);
    updateHistory({ preview: null, undoable: protective, error: null });
  } catch (error) {
    updateHistory({ error: messageOf(error) });
  }
  refreshHistory();
}

/** Undoes the last restore by restoring the version taken just before it. */
export async function undoRestore(access: HistoryAccess): Promise<void> {
  const { undoable } = historyState();
  if (!undoable) return;
  updateHistory({ undoable: null });
  try {
    await restoreVersion(access, undoable.id);
  } catch (error) {
    updateHistory({ error: messageOf(error) });
  }
  refreshHistory();
}
