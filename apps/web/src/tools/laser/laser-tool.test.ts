import { BoardDoc, readPresence } from '@sketchroom/board-yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { LASER_FADE_MS } from '../../editor/laser-trail.ts';
import { TestEditor } from '../test-editor.ts';

function room(readOnly = false) {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  const awareness = new Awareness(doc);
  awareness.setLocalStateField('user', { name: 'Ann', color: '#1c7ed6' });
  const t = new TestEditor(new BoardDoc(doc), readOnly, awareness);
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const laser = () => readPresence(awareness.getStates()).get(awareness.clientID)?.laser ?? null;
  return { t, updates, awareness, laser };
}

describe('laser tool', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('K then a drag draws a trail into presence and nothing into the document', () => {
    const { t, updates, laser } = room();
    t.press('k');
    expect(t.path).toBe('laser.idle');
    t.pointerDown(100, 100);
    expect(t.path).toBe('laser.pointing');
    for (let i = 1; i <= 10; i++) t.pointerMove(100 + i * 10, 100);
    vi.advanceTimersByTime(50);
    expect(laser()).toMatchObject({ stroke: 1, count: 11 });
    expect(laser()?.points.slice(-2)).toEqual([200, 100]);
    expect(t.editor.laser.trail.visible(t.editor.now()).length).toBe(11);
    t.pointerUp();
    expect(t.path).toBe('laser.idle');
    expect(t.shapes()).toHaveLength(0);
    expect(updates).toHaveLength(0);
  });

  it('throttles presence like the cursor: about 30 updates a second, the last one always sent', () => {
    const { t, awareness, laser } = room();
    let sent = 0;
    awareness.on('update', () => (sent += 1));
    t.press('k').pointerDown(0, 0);
    // 60 moves 16 ms apart: one second of a hand moving at 60 Hz.
    for (let i = 1; i <= 60; i++) {
      t.pointerMove(i * 5, 0);
      vi.advanceTimersByTime(16);
    }
    vi.advanceTimersByTime(100);
    expect(sent).toBeGreaterThanOrEqual(20);
    expect(sent).toBeLessThanOrEqual(35);
    expect(laser()?.count).toBe(61);
    expect(laser()?.points).toHaveLength(64);
    expect(laser()?.points.slice(-2)).toEqual([300, 0]);
  });

  it('clears the presence field once the stroke has faded; a new press starts a new stroke', () => {
    const { t, laser } = room();
    t.press('k').drag([0, 0], [50, 50]);
    vi.advanceTimersByTime(50);
    expect(laser()?.stroke).toBe(1);
    vi.advanceTimersByTime(LASER_FADE_MS - 100);
    expect(laser()).not.toBeNull();
    vi.advanceTimersByTime(200);
    expect(laser()).toBeNull();
    t.drag([10, 10], [20, 20]);
    vi.advanceTimersByTime(50);
    expect(laser()).toMatchObject({ stroke: 2, count: 3 });
  });

  it('a viewer may use it (it never writes)', () => {
    const { t, updates, laser } = room(true);
    t.press('k');
    expect(t.path).toBe('laser.idle');
    t.drag([0, 0], [40, 40]);
    vi.advanceTimersByTime(50);
    expect(laser()?.count).toBe(3);
    expect(updates).toHaveLength(0);
  });

  it('Escape goes back to the select tool', () => {
    const { t } = room();
    t.press('k').press('Escape');
    expect(t.path).toBe('select.idle');
  });
});
