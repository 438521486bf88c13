import { describe, expect, it } from 'vitest';
import { TestEditor } from '../tools/test-editor.ts';
import { formatShortcut } from './shortcuts.ts';
import type { ClipboardAccess } from './action.ts';
import { ACTIONS, APP_ACTIONS } from './registry.ts';

function twoRects() {
  const t = new TestEditor();
  t.press('r').drag([0, 0], [50, 50]);
  t.press('r').drag([100, 0], [150, 50]);
  return t;
}

describe('actions', () => {
  it('copy on one board and paste on another brings the shapes across', async () => {
    const a = twoRects();
    a.press('a', { ctrlKey: true }).press('c', { ctrlKey: true });
    await a.flush();
    const b = new TestEditor();
    b.platform.clipboard = a.platform.clipboard;
    b.press('v', { ctrlKey: true });
    await b.flush();
    expect(b.shapes()).toHaveLength(2);
    expect(b.editor.selectedIds).toHaveLength(2);
    // A paste is one undo step.
    b.press('z', { ctrlKey: true });
    expect(b.shapes()).toHaveLength(0);
  });

  it('copy and paste run on a clipboard event’s data, reading and writing it at once', async () => {
    const a = twoRects();
    a.press('a', { ctrlKey: true });
    let data = '';
    // A DOM clipboard event's data is only usable while the event is dispatched.
    const clipboard: ClipboardAccess = {
      writeClipboard: async (text) => void (data = text),
      readClipboard: async () => data,
    };
    const context = { source: 'keyboard' as const, shiftKey: false, clipboard };
    expect(APP_ACTIONS.run(a.editor, 'copy', context)).toBe(true);
    expect(data).toContain('"shapes"');

    const b = new TestEditor();
    expect(APP_ACTIONS.run(b.editor, 'paste', context)).toBe(true);
    await b.flush();
    expect(b.shapes()).toHaveLength(2);

    data = 'Plain words';
    APP_ACTIONS.run(b.editor, 'paste', context);
    await b.flush();
    expect(b.lastShape()).toMatchObject({ type: 'text', text: 'Plain words' });

    // A viewer's paste does not run at all, so the browser keeps the event.
    const viewer = new TestEditor(b.board, true);
    expect(APP_ACTIONS.run(viewer.editor, 'paste', context)).toBe(false);
  });

  it('duplicates the selection with an offset and selects the copy', () => {
    const t = twoRects();
    t.click(25, 25).press('d', { ctrlKey: true });
    expect(t.shapes()).toHaveLength(3);
    expect(t.lastShape().geom).toMatchObject({ x: 16, y: 16 });
    expect(t.editor.selectedIds).toEqual([t.lastShape().id]);
  });

  it('nudges by 1px, or 10px with Shift', () => {
    const t = twoRects();
    t.click(25, 25).press('ArrowRight').press('ArrowDown', { shiftKey: true });
    expect(t.shapes()[0].geom).toMatchObject({ x: 1, y: 10 });
  });

  it('reorders with brackets', () => {
    const t = twoRects();
    const [bottom, top] = t.shapes();
    t.click(25, 25).press(']', { code: 'BracketRight' });
    expect(t.shapes().map((s) => s.id)).toEqual([top.id, bottom.id]);
    t.press('[', { code: 'BracketLeft', shiftKey: true });
    expect(t.shapes().map((s) => s.id)).toEqual([bottom.id, top.id]);
  });

  it('Delete removes the selection; read-only editors cannot write at all', () => {
    const t = twoRects();
    t.click(25, 25).press('Delete');
    expect(t.shapes()).toHaveLength(1);
    const viewer = new TestEditor(t.board, true);
    viewer.press('r').drag([300, 300], [350, 350]);
    viewer.press('a', { ctrlKey: true }).press('Delete');
    expect(t.shapes()).toHaveLength(1);
    expect(viewer.path).toBe('select.idle');
  });

  it('gives every action a unique name and every shortcut a label', () => {
    const names = ACTIONS.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    for (const action of ACTIONS) {
      for (const shortcut of action.shortcuts) expect(formatShortcut(shortcut, false)).not.toBe('');
    }
    expect(formatShortcut({ key: 'z', accel: true, shift: true }, false)).toBe('Ctrl+Shift+Z');
  });

  it('undo reverts only this user’s edits, never a peer’s', () => {
    const t = new TestEditor();
    t.press('r').drag([0, 0], [50, 50]);
    const id = t.lastShape().id;
    t.board.updateShapes([{ id, style: { stroke: '#e03131' } }], 'remote');
    t.press('z', { ctrlKey: true });
    expect(t.shapes()).toHaveLength(0);
    t.press('y', { ctrlKey: true });
    expect(t.lastShape().style.stroke).toBe('#e03131');
  });
});
