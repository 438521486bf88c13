import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/index.ts';
import { createBoard } from './helpers/boards.ts';
import { startChildServer, type ChildServer } from './helpers/child-server.ts';
import { connectSynced, waitFor } from './helpers/clients.ts';
import { rawRequest } from './helpers/raw-http.ts';
import { rawUpgrade } from './helpers/upgrade.ts';
import { openRawSocket } from './helpers/raw-socket.ts';
import { tempDir, withServer, type LogLine } from './helpers/server.ts';
import { databaseUrlFor, freshSchema } from './helpers/services.ts';

// Issue 9, finding 9: the smaller holes, one test each.

const children: ChildServer[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.process.exitCode === null) child.process.kill();
});

const errorLevel = 50;
const hashedRoom = /^#[0-9a-f]{12}$/;

/** Every log line as one string, so a secret anywhere in it (message, field, error) is found. */
const logText = (logs: LogLine[]) => logs.map((line) => JSON.stringify(line)).join('\n');

describe('(a) a token pasted into the URL path as the room', () => {
  // The shape of a board token (an HS256 JWT), and a long name, which is hashed as well.
  const fakeToken = `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.${'s'.repeat(43)}`;
  const longName = `room-${'x'.repeat(80)}`;

  it('is never logged with open rooms: the room appears as #<hash>', () =>
    withServer({ openRooms: true }, async ({ url, logs }) => {
      for (const room of [fakeToken, longName]) {
        const socket = await openRawSocket(url, room);
        socket.ws.close();
        await socket.closed;
      }
      await waitFor(
        () => logs.filter((line) => line.msg === 'room unloaded').length === 2,
        'both rooms to unload',
      );
      // The rooms were logged (opened, loaded, closed, unloaded), only never by name.
      const roomsLogged = logs.filter((line) => typeof line.room === 'string');
      expect(roomsLogged.length).toBeGreaterThanOrEqual(8);
      expect(roomsLogged.every((line) => hashedRoom.test(line.room as string))).toBe(true);
      const text = logText(logs);
      expect(text).not.toContain(fakeToken);
      expect(text).not.toContain(fakeToken.split('.')[2]);
      expect(text).not.toContain(longName);
    }));

  it('is never logged when rooms need a token, not even in the refusal', () =>
    withServer({ openRooms: false }, async ({ port, logs }) => {
      const board = await createBoard(port);
      const realToken = board.links.edit;
      for (const token of [fakeToken, realToken]) {
        expect(await rawUpgrade(port, `/${token}`)).toMatchObject({ status: 401 });
        // Even with the token in the query as well, the path is what is logged.
        expect(await rawUpgrade(port, `/${token}?token=${token}`)).toMatchObject({ status: 401 });
      }
      const refusals = logs.filter(
        (line) => line.msg === 'upgrade refused: missing or invalid token',
      );
      expect(refusals).toHaveLength(4);
      expect(refusals.every((line) => hashedRoom.test(line.room as string))).toBe(true);
      const text = logText(logs);
      for (const token of [fakeToken, realToken]) {
        expect(text).not.toContain(token);
        expect(text).not.toContain(token.split('.')[2]);
      }
    }));
});

describe.each([
  { storage: 'SQLite', postgres: false },
  { storage: 'PostgreSQL', postgres: true },
])('(b) a control character in a room name, on $storage', ({ postgres }) => {
  it('is refused with 400 at the upgrade and on the board API, with no error logged', async () => {
    const schema = postgres ? await freshSchema() : null;
    try {
      const options = schema ? { databaseUrl: databaseUrlFor(schema.schema) } : {};
      await withServer(options, async ({ port, url, logs }) => {
        const owner = await createBoard(port);
        const auth = { authorization: `Bearer ${owner.ownerToken}` };
        for (const name of ['a%00b', 'a%1Fb', 'a%7Fb', '%00']) {
          expect(await rawUpgrade(port, `/${name}`), name).toMatchObject({ status: 400 });
          const links = await rawRequest(port, `/api/boards/${name}/links`, { headers: auth });
          expect(links.status, name).toBe(400);
          const rotate = await rawRequest(port, `/api/boards/${name}/links/edit/rotate`, {
            method: 'POST',
            headers: auth,
          });
          expect(rotate.status, name).toBe(400);
        }
        expect(logs.filter((line) => line.level >= errorLevel)).toEqual([]);
        // The same server still serves ordinary rooms and boards.
        const client = await connectSynced(url, 'a-b');
        client.destroy();
        const links = await rawRequest(port, `/api/boards/${owner.roomId}/links`, {
          headers: auth,
        });
        expect(links.status).toBe(200);
      });
    } finally {
      await schema?.drop();
    }
  });
});

describe('(c) /healthz reports a failing storage and a low disk', () => {
  it('says degraded after a failed write and ok again after the next successful one', async () => {
    const store = new SqliteStore(join(tempDir(), 'flaky.db'));
    const append = store.append.bind(store);
    let failing = false;
    store.append = (batch) => (failing ? Promise.reject(new Error('disk full')) : append(batch));
    await withServer({ store }, async ({ url, port }) => {
      const health = async () => {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`);
        return {
          status: response.status,
          body: (await response.json()) as Record<string, unknown>,
        };
      };
      const writer = await connectSynced(url, 'flaky');
      const reader = await connectSynced(url, 'flaky');
      writer.doc.getMap('data').set('before', 1);
      await waitFor(() => reader.doc.getMap('data').get('before') === 1, 'the first edit');
      expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', storage: 'ok' } });

      const closed = new Promise((resolve) => writer.provider.once('connection-close', resolve));
      failing = true;
      writer.doc.getMap('data').set('draft', 'unsaved');
      await closed;
      expect(await health()).toEqual({
        status: 503,
        body: expect.objectContaining({ status: 'degraded', storage: 'failing' }) as unknown,
      });

      // Storage recovers; the reconnected writer's edit is stored (it is relayed only then).
      failing = false;
      await waitFor(
        () => reader.doc.getMap('data').get('draft') === 'unsaved',
        'the edit after recovery',
        15_000,
      );
      expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', storage: 'ok' } });
      writer.destroy();
      reader.destroy();
    });
  });

  it('says degraded with disk low when free space is below MIN_FREE_DISK_BYTES', async () => {
    await withServer({ minFreeDiskBytes: Number.MAX_SAFE_INTEGER }, async ({ port }) => {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        status: 'degraded',
        storage: 'ok',
        disk: 'low',
      });
    });
    await withServer({ minFreeDiskBytes: 0 }, async ({ port }) => {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok', disk: 'ok' });
    });
  });
});

/** A built app with a script and its source map. */
function builtApp(): string {
  const staticDir = tempDir();
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Sketchroom</title>');
  writeFileSync(
    join(staticDir, 'assets', 'app-1234.js'),
    'console.log(1)\n//# sourceMappingURL=app-1234.js.map',
  );
  writeFileSync(
    join(staticDir, 'assets', 'app-1234.js.map'),
    '{"version":3,"sources":["secret.ts"]}',
  );
  return staticDir;
}

describe('(d) the Content-Security-Policy', () => {
  it('is the same whatever Host the request names', async () => {
    const staticDir = builtApp();
    try {
      await withServer({ staticDir }, async ({ port }) => {
        const hosts = [
          `127.0.0.1:${port}`,
          'attacker.example',
          'attacker.example:8443',
          '[::1]:1',
          'a.b-c.example',
          'evil; script-src *',
        ];
        const policies = new Set<string>();
        for (const host of hosts) {
          for (const path of ['/', '/r/abc', '/assets/app-1234.js']) {
            const response = await rawRequest(port, path, { headers: { host } });
            expect(response.status).toBe(200);
            const csp = response.headers['content-security-policy'] as string;
            expect(csp).not.toMatch(/127\.0\.0\.1|attacker|::1|b-c|evil/);
            policies.add(csp);
          }
        }
        expect([...policies]).toHaveLength(1);
        expect([...policies][0]).toContain("connect-src 'self';");
        expect([...policies][0]).not.toMatch(/wss?:/);
      });
    } finally {
      rmSync(staticDir, { recursive: true, force: true });
    }
  });
});

describe('(e) source maps', () => {
  it('are not served, while the script they map is', async () => {
    const staticDir = builtApp();
    try {
      await withServer({ staticDir }, async ({ port }) => {
        const script = await rawRequest(port, '/assets/app-1234.js');
        expect(script.status).toBe(200);
        expect(script.body).toContain('console.log(1)');
        for (const path of [
          '/assets/app-1234.js.map',
          '/assets/app-1234.js.map?v=1',
          '/assets/app-1234.js%2Emap',
        ]) {
          const map = await rawRequest(port, path);
          expect(map.status, path).toBe(404);
          expect(map.body, path).not.toContain('secret.ts');
        }
      });
    } finally {
      rmSync(staticDir, { recursive: true, force: true });
    }
  });
});

describe('(f) WebSocket subprotocols', () => {
  it('offered ones are never echoed: 101 without Sec-WebSocket-Protocol', () =>
    withServer({}, async ({ port }) => {
      for (const offered of ['chat, superchat', 'chat', 'y-websocket']) {
        const answer = await rawUpgrade(port, '/proto', { 'Sec-WebSocket-Protocol': offered });
        expect(answer.status, offered).toBe(101);
        expect(answer.headers['sec-websocket-protocol'], offered).toBeUndefined();
      }
      // Without an offer, nothing changes.
      const plain = await rawUpgrade(port, '/proto');
      expect(plain.status).toBe(101);
      expect(plain.headers['sec-websocket-protocol']).toBeUndefined();
    }));
});

describe('(g) METRICS_TOKEN', () => {
  it('puts /metrics behind a bearer token, in the real process', async () => {
    const metricsToken = 'metrics-token-0123456789abcdef';
    const dataDir = tempDir();
    try {
      const server = await startChildServer({ DATA_DIR: dataDir, METRICS_TOKEN: metricsToken });
      children.push(server);
      const metrics = (headers: Record<string, string>) =>
        rawRequest(server.port, '/metrics', { headers });
      expect((await metrics({})).status).toBe(401);
      expect((await metrics({ authorization: `Bearer ${metricsToken}x` })).status).toBe(401);
      expect((await metrics({ authorization: 'Bearer ' })).status).toBe(401);
      expect((await metrics({ authorization: metricsToken })).status).toBe(401);
      const refused = await metrics({ authorization: 'Bearer wrong-token-wrong-token' });
      expect(refused.status).toBe(401);
      expect(refused.body).not.toContain('sketchroom_');
      const granted = await metrics({ authorization: `Bearer ${metricsToken}` });
      expect(granted.status).toBe(200);
      expect(granted.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(granted.body).toMatch(/^# TYPE sketchroom_connections gauge$/m);
      expect(granted.body).toMatch(/^sketchroom_connections 0$/m);
      // /healthz stays open for load balancers.
      expect((await rawRequest(server.port, '/healthz')).status).toBe(200);
      server.process.kill('SIGTERM');
      expect((await server.exited).code).toBe(0);
      expect(server.lines.join('\n')).not.toContain(metricsToken);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
