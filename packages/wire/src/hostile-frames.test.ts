import { describe, expect, it } from 'vitest';
import { AwarenessLimitError, ProtocolError } from './errors.ts';
import {
  decodeMessage,
  decodePermissionDenied,
  encodeAwareness,
  encodeSyncStep2,
  encodeUpdate,
} from './messages.ts';
import { decodeAwarenessUpdate, encodeAwarenessUpdate } from './awareness-update.ts';
import { seededRandom } from '../../../test/support/seeded-random.ts';

const valid = encodeUpdate(new Uint8Array(40).fill(7));

describe('decodeMessage refuses', () => {
  it.each([
    ['an empty frame', []],
    ['an unknown message type', [7, 1, 2, 3]],
    ['a truncated varint', [0x80, 0x80]],
    ['a varint past 2^53', [0, 0, ...new Array<number>(9).fill(0xff), 0x7f]],
    ['a length past the end', [0, 2, 10, 1, 2]],
    ['an absurd length prefix', [0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2]],
    ['a truncated message', [...valid.slice(0, valid.length - 5)]],
    ['trailing bytes after a message', [...valid, 0]],
    ['trailing bytes after query-awareness', [3, 0]],
    ['an unknown sync type', [0, 9, 1, 0]],
    ['a sync message without its payload', [0, 1]],
    ['an awareness message without its update', [1]],
  ])('%s', (_name, bytes) => {
    expect(() => decodeMessage(new Uint8Array(bytes))).toThrow(ProtocolError);
  });

  it('a length that fits the underlying buffer but not the frame', () => {
    // ws hands over Buffers that are views on larger pooled memory.
    const pool = new Uint8Array(64).fill(9);
    pool.set([0, 2, 20], 0);
    const frame = pool.subarray(0, 10);
    expect(() => decodeMessage(frame)).toThrow('update claims 20 bytes, 7 left');
  });
});

it('decodes from a view without reading outside it', () => {
  const pool = new Uint8Array(32).fill(9);
  const frame = encodeSyncStep2(new Uint8Array([1, 2, 3]));
  pool.set(frame, 5);
  expect(decodeMessage(pool.subarray(5, 5 + frame.length))).toEqual({
    kind: 'sync-step2',
    update: new Uint8Array([1, 2, 3]),
  });
});

it('an auth frame from a client is accepted whatever it holds', () => {
  expect(decodeMessage(new Uint8Array([2, 0xff, 0xff, 1, 2, 3]))).toEqual({ kind: 'auth' });
});

it('a permission-denied frame must be exactly one', () => {
  expect(() => decodePermissionDenied(new Uint8Array([2, 1, 0]))).toThrow(
    'unknown auth message type 1',
  );
  expect(() => decodePermissionDenied(new Uint8Array([2, 0, 2, 0xc3, 0x28]))).toThrow(
    'not valid UTF-8',
  );
  expect(() => decodePermissionDenied(new Uint8Array([2, 0, 0, 0]))).toThrow('trailing bytes');
});

/** The tests' one seeded generator, so a failure here replays. */
const seeded = (seed: number) => seededRandom(seed).next;

describe('random and mutated bytes', () => {
  const random = seeded(10);
  const frames = [
    valid,
    encodeSyncStep2(new Uint8Array([0, 0])),
    encodeAwareness(encodeAwarenessUpdate([{ clientId: 5, clock: 2, state: { a: [1] } }])),
  ];
  const mutate = (bytes: Uint8Array) => {
    const copy = bytes.slice(0, Math.max(0, bytes.length - Math.floor(random() * 3)));
    for (let flips = 1 + Math.floor(random() * 3); flips > 0 && copy.length > 0; flips--) {
      copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
    }
    return copy;
  };

  it('only ever produce a message or a ProtocolError', () => {
    let refused = 0;
    for (let i = 0; i < 5_000; i++) {
      const bytes =
        i % 2 === 0
          ? Uint8Array.from({ length: Math.floor(random() * 12) }, () => Math.floor(random() * 256))
          : mutate(frames[i % frames.length]!);
      try {
        const message = decodeMessage(bytes);
        if (message.kind === 'awareness')
          decodeAwarenessUpdate(message.update, { maxStateDepth: 4 });
      } catch (error) {
        expect(error).toBeInstanceOf(ProtocolError);
        if (!(error instanceof AwarenessLimitError)) refused++;
      }
    }
    // Most random bytes are not a message; a decoder that accepted them all would be broken.
    expect(refused).toBeGreaterThan(1_000);
  });
});
