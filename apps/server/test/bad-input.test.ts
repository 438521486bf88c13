import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSynced, contentOf, waitFor, type Client } from './helpers/clients.ts';
import { makeUpdate, openRawSocket, updateMessage } from './helpers/raw-socket.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const maxMessageBytes = 64 * 1024;
const valid = updateMessage(makeUpdate('intruder', 'x'.repeat(40)));
const validUpdate = makeUpdate('intruder', 'x'.repeat(40));

const cases: Array<{ name: string; frame: Uint8Array | string; code: number }> = [
  { name: 'a frame over the size limit', frame: new Uint8Array(maxMessageBytes + 1), code: 1009 },
  { name: 'an unknown message type', frame: new Uint8Array([7, 1, 2, 3]), code: 1002 },
  { name: 'a truncated varint', frame: new Uint8Array([0x80]), code: 1002 },
  { name: 'an empty frame', frame: new Uint8Array([]), code: 1002 },
  {
    name: 'an absurd length prefix',
    frame: new Uint8Array([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2]),
    code: 1002,
  },
  { name: 'a truncated message', frame: valid.slice(0, valid.length - 5), code: 1002 },
  { name: 'trailing bytes after a message', frame: new Uint8Array([...valid, 0]), code: 1002 },
  { name: 'an unknown sync type', frame: new Uint8Array([0, 9, 1, 0]), code: 1002 },
  {
    name: 'a corrupt Yjs update',
    frame: updateMessage(new Uint8Array([1, 200, 3, 9, 9, 9, 255, 255])),
    code: 1007,
  },
  {
    name: 'a Yjs update cut short',
    frame: updateMessage(validUpdate.slice(0, validUpdate.length - 4)),
    code: 1007,
  },
  { name: 'a bad state vector', frame: new Uint8Array([0, 0, 3, 5, 255, 255]), code: 1007 },
  {
    name: 'a malformed awareness update',
    frame: new Uint8Array([1, 4, 1, 1, 1, 0x7b]),
    code: 1007,
  },
  { name: 'a text frame', frame: 'hello', code: 1003 },
];

describe('bad input closes only the offending connection (R8)', () => {
  let server: TestServer;
  let honest: Client;
  let watcher: Client;
  let disconnects = 0;

  beforeAll(async () => {
    server = await startServer({ maxMessageBytes });
    honest = await connectSynced(server.url, 'target');
    watcher = await connectSynced(server.url, 'target');
    honest.doc.getMap('data').set('owner', 'honest');
    honest.doc.getText('text').insert(0, 'precious work');
    await waitFor(() => watcher.doc.getText('text').length > 0, 'watcher');
    for (const client of [honest, watcher]) {
      client.provider.on(
        'status',
        ({ status }: { status: string }) => status === 'disconnected' && disconnects++,
      );
    }
  });

  afterAll(async () => {
    honest.destroy();
    watcher.destroy();
    await server.close();
  });

  it.each(cases)('$name → close $code, room untouched', async ({ frame, code }) => {
    const before = contentOf(watcher.doc);
    const attacker = await openRawSocket(server.url, 'target');
    attacker.send(frame);
    const closed = await attacker.closed;
    expect(closed.code).toBe(code);
    if (code !== 1009) {
      expect(
        server.logs.some((line) => line.msg === 'closing connection' && line.code === code),
      ).toBe(true);
    }

    // The room carries on: an honest edit still reaches the other client...
    const marker = `edit-${code}-${Math.random()}`;
    honest.doc.getMap('data').set('marker', marker);
    await waitFor(
      () => watcher.doc.getMap('data').get('marker') === marker,
      'an honest edit after the attack',
    );
    // ...nothing of the attack got in, and a fresh joiner sees exactly the honest document.
    expect(watcher.doc.getMap('data').has('intruder')).toBe(false);
    const fresh = await connectSynced(server.url, 'target');
    expect(contentOf(fresh.doc)).toEqual({
      ...(before as object),
      map: { ...(before as { map: object }).map, marker },
    });
    fresh.destroy();
    expect(disconnects).toBe(0);
  });
});
