import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  decodeAwarenessUpdate,
  encodeAwarenessUpdate,
  nestsDeeperThan,
  type AwarenessEntry,
} from './awareness-update.ts';
import { AwarenessLimitError, ProtocolError } from './errors.ts';

const presence = {
  user: { name: 'Ada ✎', color: '#e03131' },
  cursor: { x: 1.5, y: -2 },
  selection: ['shape:a'],
};

/** An update of one entry whose state is the given JSON text, valid or not. */
function rawUpdate(json: string, clientId = 7, clock = 1): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, json);
  return encoding.toUint8Array(encoder);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('awareness updates', () => {
  it('read back what was written, removals (null) included', () => {
    const entries: AwarenessEntry[] = [
      { clientId: 2 ** 32 - 1, clock: 300, state: presence },
      { clientId: 12, clock: 4, state: null },
    ];
    expect(decodeAwarenessUpdate(encodeAwarenessUpdate(entries))).toEqual(entries);
    expect(decodeAwarenessUpdate(encodeAwarenessUpdate([]))).toEqual([]);
  });

  it('are byte for byte what y-protocols encodes, and y-protocols applies ours', () => {
    const doc = new Y.Doc();
    const local = new awarenessProtocol.Awareness(doc);
    const other = new awarenessProtocol.Awareness(new Y.Doc());
    local.setLocalState(presence);
    local.setLocalState({ ...presence, cursor: null });
    other.setLocalState({ user: { name: 'Grace', color: '#1971c2' } });
    other.setLocalState(null);
    const states = new Map([...local.states, ...other.states]);
    const meta = new Map([...local.meta, ...other.meta]);
    const merged = new awarenessProtocol.Awareness(new Y.Doc());
    merged.states = states;
    merged.meta = meta;
    const ids = [local.clientID, other.clientID];

    const stock = awarenessProtocol.encodeAwarenessUpdate(merged, ids);
    const ours = encodeAwarenessUpdate([
      { clientId: local.clientID, clock: 2, state: { ...presence, cursor: null } },
      { clientId: other.clientID, clock: 2, state: null },
    ]);
    expect(ours).toEqual(stock);

    const receiver = new awarenessProtocol.Awareness(new Y.Doc());
    awarenessProtocol.applyAwarenessUpdate(receiver, ours, 'test');
    expect(receiver.getStates().get(local.clientID)).toEqual({ ...presence, cursor: null });
    expect(receiver.getStates().has(other.clientID)).toBe(false);
    for (const awareness of [local, other, merged, receiver]) awareness.destroy();
  });

  it('write an undefined state as null, as y-protocols does', () => {
    const [entry] = decodeAwarenessUpdate(
      encodeAwarenessUpdate([{ clientId: 1, clock: 1, state: undefined }]),
    );
    expect(entry?.state).toBeNull();
  });
});

describe('hostile awareness updates', () => {
  it.each([
    ['a count larger than the bytes could hold', [0xff, 0xff, 0xff, 0x0f]],
    ['a count of one with no entry', [1]],
    ['a state longer than the update', [1, 5, 1, 3, 0x7b, 0x7b]],
    ['trailing bytes', [...rawUpdate('null'), 0]],
    ['an empty input', []],
  ])('refuses %s', (_name, bytes) => {
    expect(() => decodeAwarenessUpdate(new Uint8Array(bytes))).toThrow(ProtocolError);
  });

  it('refuses a state that is not JSON', () => {
    expect(() => decodeAwarenessUpdate(rawUpdate('{{{'))).toThrow('awareness state is not JSON');
    expect(() => decodeAwarenessUpdate(rawUpdate(''))).toThrow(ProtocolError);
  });

  it('refuses a state that is not UTF-8', () => {
    const update = new Uint8Array([1, 7, 1, 3, 0x22, 0xc3, 0x22]);
    expect(() => decodeAwarenessUpdate(update)).toThrow('not valid UTF-8');
  });

  it('refuses a state over the byte limit before decoding its text', () => {
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    const update = rawUpdate(JSON.stringify({ blob: 'x'.repeat(200) }));
    expect(() => decodeAwarenessUpdate(update, { maxStateBytes: 100 })).toThrow(
      AwarenessLimitError,
    );
    expect(decode).not.toHaveBeenCalled();
    expect(decodeAwarenessUpdate(update, { maxStateBytes: 211 })).toHaveLength(1);
  });

  it('refuses a state nested past the depth limit before JSON.parse sees it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(() => decodeAwarenessUpdate(rawUpdate(deep))).toThrow(AwarenessLimitError);
    expect(parse).not.toHaveBeenCalled();
    const nested = '{"a":{"b":[1]}}';
    expect(() => decodeAwarenessUpdate(rawUpdate(nested), { maxStateDepth: 2 })).toThrow(
      'nests deeper than 2',
    );
    expect(decodeAwarenessUpdate(rawUpdate(nested), { maxStateDepth: 3 })).toHaveLength(1);
  });

  it('limit errors are protocol errors too', () => {
    expect(() => decodeAwarenessUpdate(rawUpdate('[[1]]'), { maxStateDepth: 1 })).toThrow(
      ProtocolError,
    );
  });
});

describe('nestsDeeperThan', () => {
  it('counts arrays and objects', () => {
    expect(nestsDeeperThan('null', 0)).toBe(false);
    expect(nestsDeeperThan('{}', 0)).toBe(true);
    expect(nestsDeeperThan('{"a":[{}]}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a":[{}]}', 2)).toBe(true);
    expect(nestsDeeperThan('[[],[],[]]', 2)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan('{"a":"[[[{{{"}', 1)).toBe(false);
    expect(nestsDeeperThan(String.raw`{"a":"\"[[[","b":"\\"}`, 1)).toBe(false);
    expect(nestsDeeperThan(String.raw`{"a\"[":"\\","b":[[1]]}`, 2)).toBe(true);
  });
});
