import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectSynced, waitFor } from './helpers/clients.ts';
import { tempDir, withServer } from './helpers/server.ts';

describe('HTTP on the rooms port', () => {
  it('answers /healthz with rooms and connections', () =>
    withServer({}, async ({ port, url }) => {
      const empty = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(empty.status).toBe(200);
      expect(await empty.json()).toEqual({
        status: 'ok',
        rooms: 0,
        connections: 0,
        storage: 'ok',
        disk: 'ok',
        redis: 'off',
      });
      const client = await connectSynced(url, 'h');
      await waitFor(() => client.provider.synced, 'client');
      expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toEqual({
        status: 'ok',
        rooms: 1,
        connections: 1,
        storage: 'ok',
        disk: 'ok',
        redis: 'off',
      });
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(metrics).toMatch(/^sketchroom_connections 1$/m);
      expect(metrics).toMatch(/^sketchroom_messages_in_total [1-9]/m);
      expect(metrics).toContain('sketchroom_storage_write_seconds_bucket');
      client.destroy();
    }));

  it('serves the built app, with index.html for board links', () => {
    const staticDir = tempDir();
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Sketchroom</title>');
    writeFileSync(join(staticDir, 'assets', 'app-1234.js'), 'console.log(1)');
    return withServer({ staticDir }, async ({ port }) => {
      const base = `http://127.0.0.1:${port}`;
      const board = await fetch(`${base}/r/abc123`);
      expect(board.status).toBe(200);
      expect(await board.text()).toContain('<title>Sketchroom</title>');
      const csp = board.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      // 'self' covers the app's own WebSocket; the Host header never reaches the policy.
      expect(csp).toContain("connect-src 'self';");
      expect(csp).not.toContain('127.0.0.1');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(board.headers.get('x-content-type-options')).toBe('nosniff');
      expect(board.headers.get('referrer-policy')).toBe('no-referrer');
      const hostile = await fetch(`${base}/`, { headers: { host: 'evil; script-src *' } });
      expect(hostile.headers.get('content-security-policy')).not.toContain('evil');
      const asset = await fetch(`${base}/assets/app-1234.js`);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect((await fetch(`${base}/healthz`)).headers.get('content-type')).toBe('application/json');
    });
  });

  it('answers 404 when there is no built app', () =>
    withServer({ staticDir: join(tempDir(), 'missing') }, async ({ port }) => {
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
    }));
});
