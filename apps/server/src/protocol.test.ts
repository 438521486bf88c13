import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import {
  ProtocolError,
  readAwarenessUpdate,
  readMessage,
  writeAwareness,
  writeSyncStep1,
  writeSyncStep2,
  writeUpdate,
} from './protocol.ts';

describe('protocol', () => {
  it('reads back what it writes', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hi');
    const update = Y.encodeStateAsUpdate(doc);
    const vector = Y.encodeStateVector(doc);
    expect(readMessage(writeSyncStep1(vector))).toEqual({
      kind: 'sync-step1',
      stateVector: vector,
    });
    expect(readMessage(writeSyncStep2(update))).toEqual({ kind: 'sync-step2', update });
    expect(readMessage(writeUpdate(update))).toEqual({ kind: 'update', update });
    expect(readMessage(writeAwareness(new Uint8Array([0])))).toEqual({
      kind: 'awareness',
      update: new Uint8Array([0]),
    });
    expect(readMessage(new Uint8Array([3]))).toEqual({ kind: 'query-awareness' });
  });

  it('matches the y-websocket byte layout', () => {
    // messageSync, syncStep1, length 1, state vector of zero clients
    expect([...writeSyncStep1(new Uint8Array([0]))]).toEqual([0, 0, 1, 0]);
    expect([...writeAwareness(new Uint8Array([0]))]).toEqual([1, 1, 0]);
  });

  it.each([
    ['empty', []],
    ['unknown type', [9]],
    ['truncated varint', [0x80, 0x80]],
    ['length past the end', [0, 2, 10, 1, 2]],
    ['huge length', [0, 2, 0xff, 0xff, 0xff, 0xff, 0x7f]],
    ['trailing bytes', [3, 0]],
  ])('refuses %s', (_name, bytes) => {
    expect(() => readMessage(new Uint8Array(bytes))).toThrow(ProtocolError);
  });

  it('decodes awareness updates fully and refuses broken ones', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ user: { name: 'Ada' } });
    const entries = readAwarenessUpdate(encodeAwarenessUpdate(awareness, [awareness.clientID]));
    expect(entries).toEqual([
      { clientId: awareness.clientID, clock: 1, state: { user: { name: 'Ada' } } },
    ]);
    expect(() => readAwarenessUpdate(new Uint8Array([1, 5, 1, 3, 0x7b, 0x7b, 0x7b]))).toThrow(
      ProtocolError,
    );
    expect(() => readAwarenessUpdate(new Uint8Array([0xff, 0xff, 0xff, 0x0f]))).toThrow(
      ProtocolError,
    );
    awareness.destroy();
  });
});
