import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  PUBLISHED_SELECTION_LIMIT,
  readPresence,
  setLocalPresence,
  type PresenceState,
} from './presence.ts';

const alice: PresenceState = {
  user: { name: 'Alice', color: '#1c7ed6' },
  cursor: { x: 10, y: -4 },
  selection: ['shape:a'],
  laser: null,
};

describe('readPresence', () => {
  it('keeps valid states and fills in a missing cursor or selection', () => {
    const states = new Map<number, unknown>([
      [1, alice],
      [2, { user: { name: 'Bob', color: 'tomato' } }],
    ]);
    expect(readPresence(states)).toEqual(
      new Map<number, PresenceState>([
        [1, alice],
        [2, { user: { name: 'Bob', color: 'tomato' }, cursor: null, selection: [], laser: null }],
      ]),
    );
  });

  it('drops garbage from other clients', () => {
    const garbage: unknown[] = [
      null,
      'hello',
      {},
      { user: 'Mallory' },
      { user: { name: 'M', color: 5 } },
      { user: { name: 42, color: '#000' } },
      { user: { name: 'M', color: '' } },
      { ...alice, cursor: { x: 'left', y: 0 } },
      { ...alice, cursor: { x: Number.NaN, y: 0 } },
      { ...alice, cursor: [1, 2] },
      { ...alice, selection: 'shape:a' },
      { ...alice, selection: [1, 2] },
      { ...alice, selection: Array.from({ length: 20_000 }, () => 'shape:x') },
    ];
    const states = new Map<number, unknown>(garbage.map((state, i) => [i + 10, state]));
    states.set(1, alice);
    expect([...readPresence(states).keys()]).toEqual([1]);
  });

  it('shortens an overlong name', () => {
    const states = new Map<number, unknown>([
      [1, { ...alice, user: { name: 'x'.repeat(500), color: '#000' } }],
    ]);
    expect(readPresence(states).get(1)?.user.name).toHaveLength(64);
  });
});

describe('setLocalPresence', () => {
  it('merges patches into the local state and reaches a peer', () => {
    const local = new Awareness(new Y.Doc());
    const peer = new Awareness(new Y.Doc());
    try {
      local.setLocalState({ theme: 'dark' });
      setLocalPresence(local, { user: alice.user });
      setLocalPresence(local, { cursor: { x: 1, y: 2 } });
      setLocalPresence(local, { selection: ['shape:b'] });
      expect(local.getLocalState()).toEqual({
        theme: 'dark',
        user: alice.user,
        cursor: { x: 1, y: 2 },
        selection: ['shape:b'],
        laser: null,
      });

      applyAwarenessUpdate(peer, encodeAwarenessUpdate(local, [local.clientID]), 'remote');
      expect(readPresence(peer.getStates()).get(local.clientID)).toEqual({
        user: alice.user,
        cursor: { x: 1, y: 2 },
        selection: ['shape:b'],
        laser: null,
      });
    } finally {
      local.destroy();
      peer.destroy();
    }
  });

  it("publishes at most PUBLISHED_SELECTION_LIMIT selected ids, within the server's 8 KiB per state", () => {
    const local = new Awareness(new Y.Doc());
    try {
      const many = Array.from({ length: 10_000 }, (_, i) => `shape:${String(i).padStart(21, 'x')}`);
      setLocalPresence(local, {
        user: { name: 'n'.repeat(64), color: '#123456' },
        selection: many,
      });
      const state = local.getLocalState() as PresenceState;
      expect(state.selection).toEqual(many.slice(0, PUBLISHED_SELECTION_LIMIT));
      expect(new TextEncoder().encode(JSON.stringify(state)).byteLength).toBeLessThan(8 * 1024);
    } finally {
      local.destroy();
    }
  });
});
