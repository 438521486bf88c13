// The y-websocket messages the load generator speaks, one message per binary frame.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

const messageSync = 0;
const messageAwareness = 1;
const syncStep1 = 0;
const syncStep2 = 1;
const syncUpdate = 2;

export type Inbound =
  | { kind: 'sync-step1' | 'sync-step2' | 'update'; data: Uint8Array }
  | { kind: 'awareness'; data: Uint8Array }
  | { kind: 'other' };

export function readFrame(frame: Uint8Array): Inbound {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  if (type === messageAwareness) {
    return { kind: 'awareness', data: decoding.readVarUint8Array(decoder) };
  }
  if (type !== messageSync) return { kind: 'other' };
  const syncType = decoding.readVarUint(decoder);
  const data = decoding.readVarUint8Array(decoder);
  if (syncType === syncStep1) return { kind: 'sync-step1', data };
  if (syncType === syncStep2) return { kind: 'sync-step2', data };
  if (syncType === syncUpdate) return { kind: 'update', data };
  return { kind: 'other' };
}

function sync(syncType: number, data: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, data);
  return encoding.toUint8Array(encoder);
}

/** A client with nothing yet asks for everything: an empty state vector. */
export const emptySyncStep1 = sync(syncStep1, new Uint8Array([0]));
/** The reply of a client holding nothing: an update with no structs and no deletions. */
export const emptySyncStep2 = sync(syncStep2, new Uint8Array([0, 0]));
export const updateMessage = (update: Uint8Array) => sync(syncUpdate, update);

/** One awareness entry, as y-protocols encodes it, wrapped in an awareness message. */
export function awarenessMessage(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAwareness);
  const body = encoding.createEncoder();
  encoding.writeVarUint(body, 1);
  encoding.writeVarUint(body, clientId);
  encoding.writeVarUint(body, clock);
  encoding.writeVarString(body, JSON.stringify(state));
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(body));
  return encoding.toUint8Array(encoder);
}

/** Every (clientId, state) in an awareness update; a removed client's state is null. */
export function readAwarenessStates(update: Uint8Array): { clientId: number; state: unknown }[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: { clientId: number; state: unknown }[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    entries.push({ clientId, state: JSON.parse(decoding.readVarString(decoder)) as unknown });
  }
  return entries;
}
