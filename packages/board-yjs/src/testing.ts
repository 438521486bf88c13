// Helpers for this package's tests only (not exported from index.ts).
import * as Y from 'yjs';
import { Origin } from './origin.ts';

/** Brings every doc up to date with every other, as peers do after reconnecting. */
export function syncDocs(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from === to) continue;
      const missing = Y.encodeStateAsUpdate(from, Y.encodeStateVector(to));
      Y.applyUpdate(to, missing, Origin.remote);
    }
  }
}

/** A doc with a fixed client id, so tie-breaks (and so failures) repeat run to run. */
export function docWithClientId(clientId: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  return doc;
}

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
