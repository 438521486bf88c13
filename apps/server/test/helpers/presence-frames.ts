import { encodeAwareness, encodeAwarenessUpdate, encodeQueryAwareness } from '@sketchroom/wire';

/** An awareness message with hand-picked entries: ids and clocks no honest client would claim. */
export function awarenessEntries(
  entries: Array<[clientId: number, clock: number, state: unknown]>,
): Uint8Array {
  return encodeAwareness(
    encodeAwarenessUpdate(entries.map(([clientId, clock, state]) => ({ clientId, clock, state }))),
  );
}

/** A presence query: the server answers with everyone's presence, after what came before. */
export const awarenessQuery = (): Uint8Array => encodeQueryAwareness();
