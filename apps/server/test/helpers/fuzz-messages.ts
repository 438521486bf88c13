import {
  encodeAwareness,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeUpdate,
  MessageType,
  SyncType,
  writeSync,
} from '@sketchroom/wire';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import {
  awarenessTextMessage,
  deepAnyUpdate,
  deepJsonArray,
  flatMapRun,
  jsonItemUpdate,
  nestedMapChain,
} from './attacks.ts';
import type { seededRandom } from './random.ts';
import { updateMessage } from './raw-socket.ts';

type Random = ReturnType<typeof seededRandom>;

const syncTypes = [SyncType.step1, SyncType.step2, SyncType.update] as const;

const bytes = (random: Random, max: number) => {
  const out = new Uint8Array(random.int(max + 1));
  for (let i = 0; i < out.length; i++) out[i] = random.int(256);
  return out;
};

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function randomUpdate(random: Random): Uint8Array {
  const doc = new Y.Doc();
  const ops = 1 + random.int(4);
  for (let i = 0; i < ops; i++) {
    if (random.next() < 0.5) doc.getMap('fuzz').set(`k${random.int(10)}`, random.int(1000));
    else doc.getText('fuzztext').insert(0, 'f'.repeat(1 + random.int(20)));
  }
  return Y.encodeStateAsUpdate(doc);
}

function mutate(random: Random, input: Uint8Array): Uint8Array {
  const out = input.slice(0, random.next() < 0.3 ? random.int(input.length + 1) : input.length);
  for (let i = 0; i < 1 + random.int(4) && out.length > 0; i++)
    out[random.int(out.length)] = random.int(256);
  return out;
}

function awarenessFlood(random: Random): Uint8Array {
  const payload = frame((encoder) => {
    const count = 1 + random.int(8);
    encoding.writeVarUint(encoder, count);
    for (let i = 0; i < count; i++) {
      encoding.writeVarUint(encoder, random.int(2 ** 32));
      encoding.writeVarUint(encoder, random.int(100));
      encoding.writeVarString(
        encoder,
        random.next() < 0.8 ? JSON.stringify({ cursor: { x: random.next() } }) : '{"broken',
      );
    }
  });
  return encodeAwareness(random.next() < 0.8 ? payload : mutate(random, payload));
}

/** The kinds of hostile message the fuzz run sends, each from the seeded generator. */
export const fuzzKinds = {
  randomBytes: (random: Random) => bytes(random, 64),
  garbageSyncPayload: (random: Random) =>
    frame((encoder) => writeSync(encoder, random.pick(syncTypes), bytes(random, 48))),
  garbageAwarenessPayload: (random: Random) => encodeAwareness(bytes(random, 48)),
  badVarint: (random: Random) => {
    const head = random.next() < 0.5 ? [MessageType.sync, SyncType.update] : [];
    return new Uint8Array([
      ...head,
      ...Array.from({ length: 1 + random.int(10) }, () => 0x80 | random.int(128)),
    ]);
  },
  // A length prefix of 2^32 - 1 after a sync header.
  absurdLength: (random: Random) =>
    new Uint8Array([
      MessageType.sync,
      random.pick(syncTypes),
      0xff,
      0xff,
      0xff,
      0xff,
      0x0f,
      ...bytes(random, 8),
    ]),
  validUpdate: (random: Random) => encodeUpdate(randomUpdate(random)),
  mutatedUpdate: (random: Random) =>
    frame((encoder) =>
      writeSync(
        encoder,
        random.pick([SyncType.step2, SyncType.update]),
        mutate(random, randomUpdate(random)),
      ),
    ),
  mutatedFrame: (random: Random) => mutate(random, fuzzKinds.validUpdate(random)),
  awarenessFlood,
  randomStateVector: (random: Random) => encodeSyncStep1(bytes(random, 16)),
  queryAwareness: () => encodeQueryAwareness(),
  // Issue 9, findings 1–3: each of these crashed, bloated or wedged the server before the fix.
  /**
   * A presence state nested past its bound: the crash of finding 1 (10,000 levels, 20 KB). Under
   * about 4,000 levels it is also within the 8 KiB size bound, so the depth bound must catch it.
   */
  deepJsonAwareness: (random: Random) =>
    awarenessTextMessage([
      [random.int(2 ** 32), 1 + random.int(100), deepJsonArray(17 + random.int(15_000))],
    ]),
  /** A flat presence state past 8 KiB, up to 24 KiB. */
  largeAwareness: (random: Random) =>
    awarenessTextMessage([
      [
        random.int(2 ** 32),
        1 + random.int(100),
        JSON.stringify({ pad: 'p'.repeat(8_190 + random.int(16_000)) }),
      ],
    ]),
  /** A ContentJSON or ContentAny value nested past the value bound (the wedge of finding 3). */
  deepValueUpdate: (random: Random) => {
    // Before the fix a JSON value from about 5,000 levels wedged the room (finding 3).
    const depth = 65 + random.int(12_000);
    const options = { client: random.int(2 ** 32), root: 'fuzz', key: `v${random.int(10)}` };
    return updateMessage(
      random.next() < 0.5
        ? jsonItemUpdate(deepJsonArray(depth), options)
        : deepAnyUpdate(depth, options),
    );
  },
  /** Y.Maps nested past MAX_TYPE_DEPTH (the persistent wedge of finding 3). */
  deepNestedTypes: (random: Random) =>
    updateMessage(nestedMapChain(33 + random.int(3_000), random.int(2 ** 32), 'fuzz')),
  /** Thousands of empty Y.Maps in one small update (the memory amplification of finding 2). */
  manyTinyStructs: (random: Random) =>
    updateMessage(flatMapRun(300 + random.int(3_500), random.int(2 ** 32))),
};

export type FuzzKind = keyof typeof fuzzKinds;
