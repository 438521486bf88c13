import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as authProtocol from 'y-protocols/auth';
import * as syncProtocol from 'y-protocols/sync';
import * as yWebsocket from 'y-websocket';
import * as Y from 'yjs';
import { MessageType, SyncType } from './message-types.ts';
import {
  decodeMessage,
  decodePermissionDenied,
  encodeAwareness,
  encodePermissionDenied,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  readAwareness,
  readPermissionDenied,
  readQueryAwareness,
  readSyncStep1,
  readSyncStep2,
  readUpdate,
  writeAwareness,
  writePermissionDenied,
  writeQueryAwareness,
  writeSyncStep1,
  writeSyncStep2,
  writeUpdate,
} from './messages.ts';

function docWithText(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return doc;
}

/** What the stock y-websocket client and server put on the wire for a sync message. */
function stockSync(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, yWebsocket.messageSync);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe('message numbers', () => {
  it('are the stock client’s', () => {
    expect(MessageType).toEqual({
      sync: yWebsocket.messageSync,
      awareness: yWebsocket.messageAwareness,
      auth: yWebsocket.messageAuth,
      queryAwareness: yWebsocket.messageQueryAwareness,
    });
    expect(SyncType).toEqual({
      step1: syncProtocol.messageYjsSyncStep1,
      step2: syncProtocol.messageYjsSyncStep2,
      update: syncProtocol.messageYjsUpdate,
    });
  });
});

describe('every message reads back what was written', () => {
  const doc = docWithText('hello');
  const stateVector = Y.encodeStateVector(doc);
  const update = Y.encodeStateAsUpdate(doc);
  const awarenessUpdate = new Uint8Array([1, 7, 3, 4, 0x6e, 0x75, 0x6c, 0x6c]);

  it('through an encoder and a decoder, several messages in a row', () => {
    const encoder = encoding.createEncoder();
    writeSyncStep1(encoder, stateVector);
    writeSyncStep2(encoder, update);
    writeUpdate(encoder, update);
    writeAwareness(encoder, awarenessUpdate);
    writeQueryAwareness(encoder);
    writePermissionDenied(encoder, 'view-only link');
    const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
    expect(readSyncStep1(decoder)).toEqual(stateVector);
    expect(readSyncStep2(decoder)).toEqual(update);
    expect(readUpdate(decoder)).toEqual(update);
    expect(readAwareness(decoder)).toEqual(awarenessUpdate);
    readQueryAwareness(decoder);
    expect(readPermissionDenied(decoder)).toBe('view-only link');
    expect(decoding.hasContent(decoder)).toBe(false);
  });

  it.each([
    ['sync step 1', encodeSyncStep1(stateVector), { kind: 'sync-step1', stateVector }],
    ['sync step 2', encodeSyncStep2(update), { kind: 'sync-step2', update }],
    ['update', encodeUpdate(update), { kind: 'update', update }],
    ['awareness', encodeAwareness(awarenessUpdate), { kind: 'awareness', update: awarenessUpdate }],
    ['query awareness', encodeQueryAwareness(), { kind: 'query-awareness' }],
    ['auth', encodePermissionDenied('no'), { kind: 'auth' }],
  ])('%s as a whole frame', (_name, frame, message) => {
    expect(decodeMessage(frame)).toEqual(message);
  });

  it('a permission-denied reason, non-ASCII included', () => {
    expect(decodePermissionDenied(encodePermissionDenied('Zugriff verweigert ✋'))).toBe(
      'Zugriff verweigert ✋',
    );
  });

  it('a reader refuses a message of another type', () => {
    const decoder = decoding.createDecoder(encodeUpdate(update));
    expect(() => readSyncStep2(decoder)).toThrow('expected sync-step2, got update');
  });
});

describe('byte for byte what y-protocols writes', () => {
  const doc = docWithText('shared text');
  const peer = docWithText('other');

  it('sync step 1', () => {
    expect(encodeSyncStep1(Y.encodeStateVector(doc))).toEqual(
      stockSync((encoder) => syncProtocol.writeSyncStep1(encoder, doc)),
    );
  });

  it('sync step 2 against a peer’s state vector', () => {
    const peerVector = Y.encodeStateVector(peer);
    expect(encodeSyncStep2(Y.encodeStateAsUpdate(doc, peerVector))).toEqual(
      stockSync((encoder) => syncProtocol.writeSyncStep2(encoder, doc, peerVector)),
    );
  });

  it('update', () => {
    const update = Y.encodeStateAsUpdate(doc);
    expect(encodeUpdate(update)).toEqual(
      stockSync((encoder) => syncProtocol.writeUpdate(encoder, update)),
    );
  });

  it('query awareness and permission denied', () => {
    expect([...encodeQueryAwareness()]).toEqual([yWebsocket.messageQueryAwareness]);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, yWebsocket.messageAuth);
    authProtocol.writePermissionDenied(encoder, 'read only');
    expect(encodePermissionDenied('read only')).toEqual(encoding.toUint8Array(encoder));
  });

  it('and y-protocols applies what we write', () => {
    const receiver = new Y.Doc();
    const frame = encodeSyncStep2(Y.encodeStateAsUpdate(doc));
    const decoder = decoding.createDecoder(frame);
    expect(decoding.readVarUint(decoder)).toBe(yWebsocket.messageSync);
    syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), receiver, null);
    expect(receiver.getText('t').toString()).toBe('shared text');

    let denied = '';
    const authDecoder = decoding.createDecoder(encodePermissionDenied('read only'));
    decoding.readVarUint(authDecoder);
    authProtocol.readAuthMessage(authDecoder, receiver, (_doc, reason) => (denied = reason));
    expect(denied).toBe('read only');
  });
});
