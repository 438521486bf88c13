import * as encoding from 'lib0/encoding';

/** An awareness message (type 1) with hand-written entries: ids and clocks no honest client would claim. */
export function awarenessEntries(
  entries: Array<[clientId: number, clock: number, state: unknown]>,
): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const [clientId, clock, state] of entries) {
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, 1);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
}

/** A presence query (type 3): the server answers with everyone's presence, after what came before. */
export const awarenessQuery = (): Uint8Array => new Uint8Array([3]);
