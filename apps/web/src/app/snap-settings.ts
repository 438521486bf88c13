import type { Editor } from '../editor/editor.ts';
import { isGridSize } from '../editor/snap-gestures.ts';
import { isRecord, readStored, watchStored, writeStored } from './local-store.ts';

const KEY = 'sketchroom:snapping';

/** Grid and object snapping as remembered in this browser (for every board). */
export interface SnapSettings {
  gridOn: boolean;
  gridSize: number;
  objectSnap: boolean;
}

/** Whatever is stored is read field by field; a bad field falls back to the default. */
export function parseSnapSettings(raw: unknown): Partial<SnapSettings> | null {
  if (!isRecord(raw)) return null;
  const settings: Partial<SnapSettings> = {};
  if (typeof raw.gridOn === 'boolean') settings.gridOn = raw.gridOn;
  if (isGridSize(raw.gridSize)) settings.gridSize = raw.gridSize;
  if (typeof raw.objectSnap === 'boolean') settings.objectSnap = raw.objectSnap;
  return settings;
}

function settingsOf(editor: Editor): SnapSettings {
  const { gridOn, gridSize, objectSnap } = editor.state;
  return { gridOn, gridSize, objectSnap };
}

function same(a: SnapSettings, b: SnapSettings): boolean {
  return a.gridOn === b.gridOn && a.gridSize === b.gridSize && a.objectSnap === b.objectSnap;
}

/** Loads the stored settings into the editor and stores every change (other tabs follow). */
export function rememberSnapSettings(editor: Editor): () => void {
  const load = () => editor.session.update(readStored(KEY, parseSnapSettings) ?? {});
  load();
  let last = settingsOf(editor);
  const stopWriting = editor.session.subscribe(() => {
    const now = settingsOf(editor);
    if (same(now, last)) return;
    last = now;
    writeStored(KEY, now);
  });
  const stopWatching = watchStored(KEY, () => {
    load();
    last = settingsOf(editor);
  });
  return () => {
    stopWriting();
    stopWatching();
  };
}
