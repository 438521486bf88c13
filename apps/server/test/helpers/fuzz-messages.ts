import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { seededRandom } from './random.ts';

type Random = ReturnType<typeof seededRandom>;

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
  return frame((encoder) => {
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, random.next() < 0.8 ? payload : mutate(random, payload));
  });
}

/** The kinds of hostile message the fuzz run sends, each from the seeded generator. */
export const fuzzKinds = {
  randomBytes: (random: Random) => bytes(random, 64),
  garbageSyncPayload: (random: Random) =>
    frame((encoder) => {
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, random.int(3));
      encoding.writeVarUint8Array(encoder, bytes(random, 48));
    }),
  garbageAwarenessPayload: (random: Random) =>
    frame((encoder) => {
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint8Array(encoder, bytes(random, 48));
    }),
  badVarint: (random: Random) => {
    const head = random.next() < 0.5 ? [0, 2] : [];
    return new Uint8Array([
      ...head,
      ...Array.from({ length: 1 + random.int(10) }, () => 0x80 | random.int(128)),
    ]);
  },
  absurdLength: (random: Random) =>
    new Uint8Array([0, random.int(3), 0xff, 0xff, 0xff, 0xff, 0x0f, ...bytes(random, 8)]),
  validUpdate: (random: Random) =>
    frame((encoder) => {
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 2);
      encoding.writeVarUint8Array(encoder, randomUpdate(random));
    }),
  mutatedUpdate: (random: Random) =>
    frame((encoder) => {
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 1 + random.int(2));
      encoding.writeVarUint8Array(encoder, mutate(random, randomUpdate(random)));
    }),
  mutatedFrame: (random: Random) => mutate(random, fuzzKinds.validUpdate(random)),
  awarenessFlood,
  randomStateVector: (random: Random) =>
    frame((encoder) => {
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint8Array(encoder, bytes(random, 16));
    }),
  queryAwareness: () => new Uint8Array([3]),
};

export type FuzzKind = keyof typeof fuzzKinds;
