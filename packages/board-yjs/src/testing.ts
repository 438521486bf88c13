// Helpers for this package's tests only (not exported from index.ts).
import * as Y from 'yjs';
import { seededRandom } from '../../../test/support/seeded-random.ts';
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

/** Seeded floats in [0, 1), from the tests' one seeded generator. */
export function mulberry32(seed: number): () => number {
  return seededRandom(seed).next;
}
