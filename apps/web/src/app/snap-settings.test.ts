import { afterEach, describe, expect, it, vi } from 'vitest';
import { TestEditor } from '../tools/test-editor.ts';
import { parseSnapSettings, rememberSnapSettings } from './snap-settings.ts';

/** A Map-backed localStorage and a window that takes listeners, for the node test runner. */
function fakeBrowser() {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  });
  vi.stubGlobal('window', { addEventListener: () => {}, removeEventListener: () => {} });
  return items;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('snap settings', () => {
  it('reads stored settings field by field, dropping anything malformed', () => {
    expect(parseSnapSettings({ gridOn: true, gridSize: 40, objectSnap: false })).toEqual({
      gridOn: true,
      gridSize: 40,
      objectSnap: false,
    });
    expect(parseSnapSettings({ gridOn: 'yes', gridSize: 33, objectSnap: 1 })).toEqual({});
    expect(parseSnapSettings({ gridSize: 1e9 })).toEqual({});
    expect(parseSnapSettings([true])).toBeNull();
    expect(parseSnapSettings('grid')).toBeNull();
  });

  it('loads what this browser stored and stores each change', () => {
    const items = fakeBrowser();
    items.set('sketchroom:snapping', JSON.stringify({ gridOn: true, gridSize: 80 }));
    const t = new TestEditor();
    const stop = rememberSnapSettings(t.editor);
    expect(t.editor.state).toMatchObject({ gridOn: true, gridSize: 80, objectSnap: true });
    t.press('s', { altKey: true, code: 'KeyS' });
    expect(JSON.parse(items.get('sketchroom:snapping')!)).toEqual({
      gridOn: true,
      gridSize: 80,
      objectSnap: false,
    });
    stop();
    t.editor.session.update({ gridOn: false });
    expect(JSON.parse(items.get('sketchroom:snapping')!).gridOn).toBe(true);
  });

  it('works without storage (private mode): defaults, no throw', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    });
    vi.stubGlobal('window', { addEventListener: () => {}, removeEventListener: () => {} });
    const t = new TestEditor();
    rememberSnapSettings(t.editor);
    t.press("'", { ctrlKey: true, code: 'Quote' });
    expect(t.editor.state.gridOn).toBe(true);
  });
});
