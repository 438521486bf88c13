import { describe, expect, it } from 'vitest';
import { connectSynced } from './helpers/clients.ts';
import { upgradeStatus } from './helpers/upgrade.ts';
import { withServer } from './helpers/server.ts';

describe('origin check at upgrade (R7)', () => {
  it('without a list: allows localhost, same-origin and non-browser clients, refuses others', () =>
    withServer({}, async ({ port, server, url }) => {
      expect(await upgradeStatus(port, '/r1', { Origin: 'https://evil.example' })).toBe(403);
      expect(await upgradeStatus(port, '/r1', { Origin: 'null' })).toBe(403);
      expect(await upgradeStatus(port, '/r1', { Origin: 'http://localhost:5173' })).toBe(101);
      expect(await upgradeStatus(port, '/r1', { Origin: `http://127.0.0.1:${port}` })).toBe(101);
      expect(
        await upgradeStatus(port, '/r1', {
          Origin: 'https://board.example',
          Host: 'board.example',
        }),
      ).toBe(101);
      expect(await upgradeStatus(port, '/r1')).toBe(101);
      // A refused upgrade never became a connection: once a later one is in, it is the only one.
      const later = await connectSynced(url, 'r1');
      expect(server.connectionCount()).toBe(1);
      later.destroy();
    }));

  it('with ALLOWED_ORIGINS: only the listed origins get a socket', () =>
    withServer({ allowedOrigins: ['https://board.example'] }, async ({ port }) => {
      expect(await upgradeStatus(port, '/r1', { Origin: 'https://board.example' })).toBe(101);
      expect(await upgradeStatus(port, '/r1', { Origin: 'http://localhost:5173' })).toBe(403);
      expect(await upgradeStatus(port, '/r1', { Origin: 'https://board.example.evil.com' })).toBe(
        403,
      );
    }));

  it('answers 400 to an upgrade without a room', () =>
    withServer({}, async ({ port }) => {
      expect(await upgradeStatus(port, '/')).toBe(400);
      expect(await upgradeStatus(port, '/%E0%A4%A')).toBe(400);
    }));
});
