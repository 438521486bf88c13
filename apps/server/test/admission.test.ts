import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig, ConfigError } from '../src/index.ts';
import {
  closedOf,
  connectClientWith,
  createBoardFrom,
  from,
  postBoard,
  tryOpen,
} from './helpers/addresses.ts';
import { createBoard } from './helpers/boards.ts';
import { connectSynced, waitFor, type Client } from './helpers/clients.ts';
import { tempDir, withServer } from './helpers/server.ts';
import { upgradeStatus } from './helpers/upgrade.ts';

// Issue 9, finding 4: one person must not be able to fill the server's global limits.

const clients: Client[] = [];
const sockets: WebSocket[] = [];
const track = (client: Client) => (clients.push(client), client);
const hold = (ws: WebSocket) => (sockets.push(ws), ws);
afterEach(() => {
  clients.splice(0).forEach((client) => client.destroy());
  sockets.splice(0).forEach((ws) => ws.terminate());
});

/** Boards that exist, counted in the database file as an operator would. */
function boardRows(dataDir: string): number {
  const db = new Database(join(dataDir, 'sketchroom.db'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM room_access').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const attacker = '198.51.100.66';
const someoneElse = '203.0.113.9';

describe('board creation (POST /api/boards)', () => {
  it('limits boards per client address (60 an hour by default): 429 with a JSON error, while another address is served', () =>
    withServer({ trustProxy: true }, async ({ port, dataDir, logs }) => {
      for (let i = 0; i < 60; i++) {
        expect((await postBoard(port, from(attacker))).status).toBe(201);
      }
      const refused = await postBoard(port, from(attacker));
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toBe('application/json');
      expect(await refused.json()).toEqual({
        error: 'too many boards created from this address; try again later',
      });
      // The refused request created nothing; another address is still served.
      expect(boardRows(dataDir)).toBe(60);
      expect((await postBoard(port, from(someoneElse))).status).toBe(201);
      expect(boardRows(dataDir)).toBe(61);
      expect(logs.filter((line) => line.msg === 'board created')).toHaveLength(61);
    }));

  it('does not let X-Forwarded-For pick a fresh address unless the server is behind a proxy', () =>
    withServer({ boardsPerHour: 2 }, async ({ port, dataDir }) => {
      expect((await postBoard(port, from('192.0.2.1'))).status).toBe(201);
      expect((await postBoard(port, from('192.0.2.2'))).status).toBe(201);
      // Without trustProxy every one of these comes from 127.0.0.1, whatever the header says.
      expect((await postBoard(port, from('192.0.2.3'))).status).toBe(429);
      expect((await postBoard(port)).status).toBe(429);
      expect(boardRows(dataDir)).toBe(2);
    }));

  it('refuses a cross-site POST with 403 and creates nothing; the app itself still creates boards', () =>
    withServer({}, async ({ port, dataDir, logs }) => {
      const evil = await postBoard(port, {
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      });
      expect(evil.status).toBe(403);
      expect(await evil.json()).toEqual({ error: 'boards cannot be created from another site' });
      expect(boardRows(dataDir)).toBe(0);
      expect(logs.some((line) => line.msg === 'board created')).toBe(false);

      // The web app served from this server sends its own origin.
      const own = await postBoard(port, { origin: `http://127.0.0.1:${port}` });
      expect(own.status).toBe(201);
      expect(boardRows(dataDir)).toBe(1);
    }));

  it('with BOARD_CREATION=token, only the admin token creates boards (401 without it or with a wrong one)', () => {
    const adminToken = 'an admin token of the operator, long enough';
    return withServer({ boardCreation: 'token', adminToken }, async ({ port, dataDir }) => {
      const none = await postBoard(port);
      expect(none.status).toBe(401);
      expect(await none.json()).toEqual({
        error: 'creating boards needs the admin token on this server',
      });
      expect((await postBoard(port, { authorization: 'Bearer not-the-admin-token' })).status).toBe(
        401,
      );
      expect((await postBoard(port, { authorization: adminToken })).status).toBe(401);
      expect(boardRows(dataDir)).toBe(0);

      const made = await postBoard(port, { authorization: `Bearer ${adminToken}` });
      expect(made.status).toBe(201);
      const board = (await made.json()) as { roomId: string; links: { edit: string } };
      expect(boardRows(dataDir)).toBe(1);
      expect(await upgradeStatus(port, `/${board.roomId}?token=${board.links.edit}`)).toBe(101);
    });
  });

  it('refuses to start with BOARD_CREATION=token and no ADMIN_TOKEN: nobody could create a board', async () => {
    expect(() => readConfig({ BOARD_CREATION: 'token' })).toThrow(ConfigError);
    expect(() => readConfig({ BOARD_CREATION: 'token' })).toThrow(
      /BOARD_CREATION=token needs ADMIN_TOKEN/,
    );
    expect(readConfig({ BOARD_CREATION: 'token', ADMIN_TOKEN: 'x'.repeat(20) }).boardCreation).toBe(
      'token',
    );
    expect(readConfig({}).boardCreation).toBe('open');
    expect(readConfig({}).boardsPerHour).toBe(60);
    expect(readConfig({ RATE_LIMIT_BOARDS: '5' }).boardsPerHour).toBe(5);

    // The real entry point, as an operator starts it: it exits at once with the reason.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: '0',
        DATA_DIR: tempDir(),
        BOARD_CREATION: 'token',
        ADMIN_TOKEN: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // A server that starts anyway is the failure: stop it rather than leave it running.
      if (output.includes('"listening"')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(output).toContain('invalid configuration');
    expect(output).toContain('BOARD_CREATION=token needs ADMIN_TOKEN');
    expect(output).not.toContain('"listening"');
    expect(code).toBe(1);
  }, 20_000);
});

describe('connections per client address and per room', () => {
  it('lets one address hold at most maxConnectionsPerAddress connections (429 past it); another address still connects', () =>
    withServer({ trustProxy: true, maxConnectionsPerAddress: 5 }, async ({ url, server, logs }) => {
      for (let i = 0; i < 5; i++) {
        const attempt = await tryOpen(url, `/spread-${i}`, from(attacker));
        expect(attempt.status).toBe(101);
        hold(attempt.ws!);
      }
      expect((await tryOpen(url, '/spread-0', from(attacker))).status).toBe(429);
      expect((await tryOpen(url, '/fresh-room', from(attacker))).status).toBe(429);
      expect(
        logs.some(
          (line) =>
            line.msg === 'upgrade refused' &&
            line.reason === 'too many connections from this address',
        ),
      ).toBe(true);

      const other = track(connectClientWith(url, 'spread-0', {}, from(someoneElse)));
      await other.synced();
      expect(server.connectionCount()).toBe(6);

      // A slot comes back when one of the address's connections closes.
      const first = sockets[0]!;
      first.close();
      await closedOf(first);
      await waitFor(() => server.connectionCount() === 5, 'the closed connection to go');
      const again = await tryOpen(url, '/spread-0', from(attacker));
      expect(again.status).toBe(101);
      hold(again.ws!);
    }));

  it('counts every socket from 127.0.0.1 as one address when not behind a proxy; the default is 200', async () => {
    expect(readConfig({}).maxConnectionsPerAddress).toBe(200);
    expect(readConfig({ MAX_CONNECTIONS_PER_IP: '7' }).maxConnectionsPerAddress).toBe(7);
    await withServer({ maxConnectionsPerAddress: 3 }, async ({ url }) => {
      for (let i = 0; i < 3; i++) {
        const attempt = await tryOpen(url, '/spoofed', from(`192.0.2.${i}`));
        expect(attempt.status).toBe(101);
        hold(attempt.ws!);
      }
      expect((await tryOpen(url, '/spoofed', from('192.0.2.200'))).status).toBe(429);
    });
  });

  it('limits how many new connections one address opens per minute (RATE_LIMIT_CONNECTIONS, 300 by default): 429 past it', async () => {
    expect(readConfig({}).connectionsPerMinute).toBe(300);
    expect(readConfig({ RATE_LIMIT_CONNECTIONS: '9' }).connectionsPerMinute).toBe(9);
    await withServer({ trustProxy: true, connectionsPerMinute: 4 }, async ({ url, logs }) => {
      // Open and close: the churn counts, not how many are open at once.
      for (let i = 0; i < 4; i++) {
        const attempt = await tryOpen(url, '/churn', from(attacker));
        expect(attempt.status).toBe(101);
        attempt.ws!.close();
        await closedOf(attempt.ws!);
      }
      expect((await tryOpen(url, '/churn', from(attacker))).status).toBe(429);
      expect(
        logs.some((line) => line.reason === 'too many new connections from this address'),
      ).toBe(true);
      const other = await tryOpen(url, '/churn', from(someoneElse));
      expect(other.status).toBe(101);
      hold(other.ws!);
    });
  });

  it('caps the connections of one room at maxRoomConnections (503 past it); other rooms still connect', () =>
    withServer({ maxRoomConnections: 3 }, async ({ url, logs }) => {
      const members = await Promise.all([0, 1, 2].map(() => connectSynced(url, 'busy')));
      members.forEach(track);
      expect((await tryOpen(url, '/busy')).status).toBe(503);
      expect(
        logs.some((line) => line.msg === 'upgrade refused' && line.reason === 'room is full'),
      ).toBe(true);
      const elsewhere = track(await connectSynced(url, 'quiet'));
      expect(elsewhere.provider.wsconnected).toBe(true);

      members[0]!.doc.getMap('data').set('still', 'working');
      await waitFor(
        () => members[2]!.doc.getMap('data').get('still') === 'working',
        'the full room to keep working',
      );
      expect(readConfig({ MAX_ROOM_CONNECTIONS: '9' }).maxRoomConnections).toBe(9);
    }));
});

describe('near the global caps, members of loaded rooms keep getting in', () => {
  it(
    'one address spreading view-link connections over many boards fills only the share of new rooms',
    () =>
      withServer(
        { openRooms: false, trustProxy: true, maxConnections: 20, maxConnectionsPerAddress: 17 },
        async ({ url, port, server }) => {
          const ours = await createBoard(port);
          const edit = { token: ours.links.edit };
          const [alice, bob] = await Promise.all([
            connectSynced(url, ours.roomId, edit),
            connectSynced(url, ours.roomId, edit),
          ]);
          track(alice!);
          track(bob!);
          alice!.doc.getMap('data').set('before', 'the attack');
          const stranger = await createBoardFrom(port, from(someoneElse));

          // The attacker creates boards and opens their view links, one room after another, until
          // refused, and then tries to pile more connections into the rooms it already holds.
          const boards = [];
          for (let i = 0; i < 24; i++) boards.push(await createBoardFrom(port, from(attacker)));
          const held: string[] = [];
          let refusal = 0;
          for (const board of boards) {
            const attempt = await tryOpen(
              url,
              `/${board.roomId}?token=${board.links.view}`,
              from(attacker),
            );
            if (!attempt.ws) {
              refusal = attempt.status;
              break;
            }
            hold(attempt.ws);
            held.push(board.roomId);
          }
          // New rooms may use 90% of the connections: 18 of 20, two of which are Alice and Bob.
          expect(refusal).toBe(503);
          expect(held).toHaveLength(16);
          // Into its own rooms it gets one more, up to its address's 17; then 429 every time.
          const piled: number[] = [];
          for (const board of boards.slice(0, 16)) {
            const attempt = await tryOpen(
              url,
              `/${board.roomId}?token=${board.links.view}`,
              from(attacker),
            );
            if (attempt.ws) hold(attempt.ws);
            piled.push(attempt.status);
          }
          expect(piled).toEqual([101, ...Array<number>(15).fill(429)]);
          expect(server.connectionCount()).toBe(19);

          // A new room is refused ...
          expect(
            (
              await tryOpen(
                url,
                `/${stranger.roomId}?token=${stranger.links.edit}`,
                from(someoneElse),
              )
            ).status,
          ).toBe(503);

          // ... but the members of a loaded board still get in: a third person, and Bob's
          // reconnection after his network dropped.
          const carol = track(connectClientWith(url, ours.roomId, edit, from(someoneElse)));
          await carol.synced();
          await waitFor(
            () => carol.doc.getMap('data').get('before') === 'the attack',
            'the newcomer to load the board',
          );
          bob!.provider.disconnect();
          await waitFor(() => server.connectionCount() === 19, "Bob's old socket to go");
          bob!.provider.connect();
          await bob!.synced();
          bob!.doc.getMap('data').set('after', 'reconnecting');
          await waitFor(
            () =>
              alice!.doc.getMap('data').get('after') === 'reconnecting' &&
              carol.doc.getMap('data').get('after') === 'reconnecting',
            "Bob's edit after his reconnection",
          );
          expect(server.connectionCount()).toBe(20);
        },
      ),
    30_000,
  );

  it('one address opening many rooms fills only the share of rooms for new rooms', () =>
    withServer(
      { trustProxy: true, maxRooms: 10, maxConnections: 1_000 },
      async ({ url, server, logs }) => {
        const member = track(await connectSynced(url, 'ours'));
        member.doc.getMap('data').set('kept', true);
        let refusal = 0;
        let opened = 0;
        for (let i = 0; i < 20; i++) {
          const attempt = await tryOpen(url, `/spam-${i}`, from(attacker));
          if (!attempt.ws) {
            refusal = attempt.status;
            break;
          }
          hold(attempt.ws);
          opened += 1;
        }
        // New rooms may use 90% of the rooms: 9 of 10, one of which is ours.
        expect(refusal).toBe(503);
        expect(opened).toBe(8);
        expect(
          logs.some(
            (line) => line.msg === 'upgrade refused' && line.reason === 'server at room capacity',
          ),
        ).toBe(true);
        expect((await tryOpen(url, '/someone-new', from(someoneElse))).status).toBe(503);

        const second = track(connectClientWith(url, 'ours', {}, from(someoneElse)));
        await second.synced();
        await waitFor(() => second.doc.getMap('data').get('kept') === true, 'our board');
        expect(server.rooms.size).toBe(9);
      },
    ));
});
