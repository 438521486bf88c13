// The y-websocket wire protocol: one message per binary frame.
//   message     = varUint(type) payload
//   sync        = varUint(0) varUint(syncType) varUint8Array(data)
//   awareness   = varUint(1) varUint8Array(awarenessUpdate)
//   auth        = varUint(2) varUint(reason) varString(text)   (server → client only)
//   query       = varUint(3)
// Every inbound byte is hostile: decoding happens inside a guard and must consume the frame exactly.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { jsonDepthExceeds } from './limits/json-depth.ts';

export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;

export type InboundMessage =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-step2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' }
  | { kind: 'auth' };

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

export function readMessage(frame: Uint8Array): InboundMessage {
  let message: InboundMessage;
  const decoder = decoding.createDecoder(frame);
  try {
    message = readBody(decoder);
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(`malformed message: ${(error as Error).message}`);
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after message');
  return message;
}

function readBody(decoder: decoding.Decoder): InboundMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.sync:
      return readSync(decoder);
    case MessageType.awareness:
      return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
    case MessageType.queryAwareness:
      return { kind: 'query-awareness' };
    case MessageType.auth:
      // Clients have nothing to say on the auth channel; its content is skipped.
      decoder.pos = decoder.arr.length;
      return { kind: 'auth' };
    default:
      throw new ProtocolError(`unknown message type ${type}`);
  }
}

function readSync(decoder: decoding.Decoder): InboundMessage {
  const syncType = decoding.readVarUint(decoder);
  const data = decoding.readVarUint8Array(decoder);
  switch (syncType) {
    case SyncType.step1:
      return { kind: 'sync-step1', stateVector: data };
    case SyncType.step2:
      return { kind: 'sync-step2', update: data };
    case SyncType.update:
      return { kind: 'update', update: data };
    default:
      throw new ProtocolError(`unknown sync message type ${syncType}`);
  }
}

function writeSync(syncType: number, data: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, data);
  return encoding.toUint8Array(encoder);
}

export const writeSyncStep1 = (stateVector: Uint8Array) => writeSync(SyncType.step1, stateVector);
export const writeSyncStep2 = (update: Uint8Array) => writeSync(SyncType.step2, update);
export const writeUpdate = (update: Uint8Array) => writeSync(SyncType.update, update);

export function writeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Tells a client why its writes are refused; the stock client reports it as permission denied. */
export function writePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.auth);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

/** Encodes awareness entries in y-protocols' update format. */
export function writeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

/** A well-formed awareness state that is too big or nests too deeply to keep or relay. */
export class AwarenessLimitError extends Error {
  override name = 'AwarenessLimitError';
}

export interface AwarenessLimits {
  /** UTF-8 bytes of one client's JSON state. */
  maxStateBytes: number;
  /** Nesting of arrays and objects in one state. */
  maxDepth: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes an awareness update completely, so that a broken one is refused before any of it
 * applies. States are bounded before they are parsed: a deeply nested state parses fine but
 * makes every later JSON.stringify of the room's presence throw.
 */
export function readAwarenessUpdate(
  update: Uint8Array,
  limits: AwarenessLimits = { maxStateBytes: Infinity, maxDepth: Infinity },
): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    // Each entry takes at least three bytes, which bounds a lying count.
    if (count * 3 > update.length) throw new ProtocolError('awareness entry count exceeds message');
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const bytes = decoding.readVarUint8Array(decoder);
      if (bytes.byteLength > limits.maxStateBytes)
        throw new AwarenessLimitError(`awareness state over ${limits.maxStateBytes} bytes`);
      const text = utf8.decode(bytes);
      if (jsonDepthExceeds(text, limits.maxDepth))
        throw new AwarenessLimitError(
          `awareness state nests deeper than ${limits.maxDepth} levels`,
        );
      const state: unknown = JSON.parse(text);
      entries.push({ clientId, clock, state });
    }
    if (decoding.hasContent(decoder))
      throw new ProtocolError('trailing bytes after awareness update');
    return entries;
  } catch (error) {
    if (error instanceof ProtocolError || error instanceof AwarenessLimitError) throw error;
    throw new ProtocolError(`malformed awareness update: ${(error as Error).message}`);
  }
}
