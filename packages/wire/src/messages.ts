// The y-websocket messages as write/read pairs over lib0 encoders and decoders, plus
// whole-frame helpers. One message per frame; the byte grammar is in PROTOCOL.md.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { decodeExactly, encodeWith, readBytes, readText } from './bounded.ts';
import { ProtocolError } from './errors.ts';
import { AuthType, MessageType, SyncType } from './message-types.ts';

/** One decoded message. Byte arrays are views on the frame they came from. */
export type Message =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-step2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' }
  | { kind: 'auth' };
export type MessageKind = Message['kind'];

// Writers: each writes one complete message, type prefix included.

export function writeSync(encoder: encoding.Encoder, syncType: SyncType, data: Uint8Array): void {
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, data);
}

export const writeSyncStep1 = (encoder: encoding.Encoder, stateVector: Uint8Array) =>
  writeSync(encoder, SyncType.step1, stateVector);
export const writeSyncStep2 = (encoder: encoding.Encoder, update: Uint8Array) =>
  writeSync(encoder, SyncType.step2, update);
export const writeUpdate = (encoder: encoding.Encoder, update: Uint8Array) =>
  writeSync(encoder, SyncType.update, update);

/** `update` is an awareness update (see writeAwarenessUpdate), carried as opaque bytes. */
export function writeAwareness(encoder: encoding.Encoder, update: Uint8Array): void {
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
}

export function writeQueryAwareness(encoder: encoding.Encoder): void {
  encoding.writeVarUint(encoder, MessageType.queryAwareness);
}

/** Tells a client why its writes are refused; the stock client reports it as permission denied. */
export function writePermissionDenied(encoder: encoding.Encoder, reason: string): void {
  encoding.writeVarUint(encoder, MessageType.auth);
  encoding.writeVarUint(encoder, AuthType.permissionDenied);
  encoding.writeVarString(encoder, reason);
}

// Readers. They may throw lib0 errors as well as ProtocolError: call them inside a guard,
// as decodeMessage does, or use the decode* helpers.

/**
 * Reads one message of any type. A client has nothing to say on the auth channel, so an auth
 * message is not parsed: it takes the rest of the input, which is one frame.
 */
export function readMessage(decoder: decoding.Decoder): Message {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.sync:
      return readSyncBody(decoder);
    case MessageType.awareness:
      return { kind: 'awareness', update: readBytes(decoder, 'awareness update') };
    case MessageType.queryAwareness:
      return { kind: 'query-awareness' };
    case MessageType.auth:
      decoder.pos = decoder.arr.length;
      return { kind: 'auth' };
    default:
      throw new ProtocolError(`unknown message type ${type}`);
  }
}

function readSyncBody(decoder: decoding.Decoder): Message {
  const syncType = decoding.readVarUint(decoder);
  switch (syncType) {
    case SyncType.step1:
      return { kind: 'sync-step1', stateVector: readBytes(decoder, 'state vector') };
    case SyncType.step2:
      return { kind: 'sync-step2', update: readBytes(decoder, 'update') };
    case SyncType.update:
      return { kind: 'update', update: readBytes(decoder, 'update') };
    default:
      throw new ProtocolError(`unknown sync message type ${syncType}`);
  }
}

function expectKind<K extends MessageKind>(
  message: Message,
  kind: K,
): Extract<Message, { kind: K }> {
  if (message.kind !== kind) throw new ProtocolError(`expected ${kind}, got ${message.kind}`);
  return message as Extract<Message, { kind: K }>;
}

export const readSyncStep1 = (decoder: decoding.Decoder) =>
  expectKind(readMessage(decoder), 'sync-step1').stateVector;
export const readSyncStep2 = (decoder: decoding.Decoder) =>
  expectKind(readMessage(decoder), 'sync-step2').update;
export const readUpdate = (decoder: decoding.Decoder) =>
  expectKind(readMessage(decoder), 'update').update;
export const readAwareness = (decoder: decoding.Decoder) =>
  expectKind(readMessage(decoder), 'awareness').update;
export function readQueryAwareness(decoder: decoding.Decoder): void {
  expectKind(readMessage(decoder), 'query-awareness');
}

/** The reason of a permission-denied message, as a client reads it from the server. */
export function readPermissionDenied(decoder: decoding.Decoder): string {
  const type = decoding.readVarUint(decoder);
  if (type !== MessageType.auth) throw new ProtocolError(`expected auth, got message type ${type}`);
  const authType = decoding.readVarUint(decoder);
  if (authType !== AuthType.permissionDenied)
    throw new ProtocolError(`unknown auth message type ${authType}`);
  return readText(decoder, 'permission-denied reason');
}

// Whole frames.

export const encodeSyncStep1 = (stateVector: Uint8Array) =>
  encodeWith((encoder) => writeSyncStep1(encoder, stateVector));
export const encodeSyncStep2 = (update: Uint8Array) =>
  encodeWith((encoder) => writeSyncStep2(encoder, update));
export const encodeUpdate = (update: Uint8Array) =>
  encodeWith((encoder) => writeUpdate(encoder, update));
export const encodeAwareness = (update: Uint8Array) =>
  encodeWith((encoder) => writeAwareness(encoder, update));
export const encodeQueryAwareness = () => encodeWith(writeQueryAwareness);
export const encodePermissionDenied = (reason: string) =>
  encodeWith((encoder) => writePermissionDenied(encoder, reason));

/** Decodes one frame, which must hold exactly one message; anything else is a ProtocolError. */
export const decodeMessage = (frame: Uint8Array): Message =>
  decodeExactly(frame, 'message', readMessage);

/** The reason in a server's permission-denied frame. */
export const decodePermissionDenied = (frame: Uint8Array): string =>
  decodeExactly(frame, 'permission-denied message', readPermissionDenied);
