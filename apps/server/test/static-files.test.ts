import { mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startChildServer, type ChildServer } from './helpers/child-server.ts';
import { connectSynced } from './helpers/clients.ts';
import { tempDir, withServer } from './helpers/server.ts';

// Issue 9, finding 11: a file of the built app that disappears while the server runs (a
// redeploy rebuilding dist/web in place) is an error on that one request, never a crash.

const children: ChildServer[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.process.exitCode === null) child.process.kill();
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

/** A built app: the page, a service worker and a hashed script. */
function builtApp(version: string): string {
  const dir = tempDir();
  dirs.push(dir);
  writeApp(dir, version);
  return dir;
}

function writeApp(dir: string, version: string): void {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Sketchroom ${version}</title>`);
  writeFileSync(join(dir, 'sw.js'), `// service worker ${version}`);
  writeFileSync(join(dir, 'assets', `app-${version}.js`), `console.log('${version}')`);
}

/** A GET that gives up after 5 s: a server that died never answers. */
async function get(port: number, path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    signal: AbortSignal.timeout(5_000),
  });
  return { status: response.status, body: await response.text() };
}

const isErrorStatus = (status: number) => status === 404 || (status >= 500 && status < 600);

describe('a static file that disappears while the server runs', () => {
  it('answers that request with an error and goes on serving (in process)', async () => {
    const staticDir = builtApp('v1');
    await withServer({ staticDir }, async ({ port, url }) => {
      expect(await get(port, '/sw.js')).toEqual({ status: 200, body: '// service worker v1' });
      expect((await get(port, '/r/abc')).body).toContain('Sketchroom v1');

      unlinkSync(join(staticDir, 'sw.js'));
      const worker = await get(port, '/sw.js');
      expect(isErrorStatus(worker.status), `status ${worker.status}`).toBe(true);
      expect((await get(port, '/healthz')).status).toBe(200);

      unlinkSync(join(staticDir, 'index.html'));
      for (const path of ['/r/abc', '/']) {
        const page = await get(port, path);
        expect(isErrorStatus(page.status), `${path}: status ${page.status}`).toBe(true);
      }
      expect((await get(port, '/healthz')).status).toBe(200);
      // Rooms are unaffected.
      const client = await connectSynced(url, 'after-missing-files');
      client.destroy();

      // The rebuild lands in the same folder: the new files are served, no restart needed.
      rmSync(staticDir, { recursive: true, force: true });
      writeApp(staticDir, 'v2');
      expect((await get(port, '/r/abc')).body).toContain('Sketchroom v2');
      expect(await get(port, '/sw.js')).toEqual({ status: 200, body: '// service worker v2' });
      expect((await get(port, '/assets/app-v2.js')).status).toBe(200);
      const old = await get(port, '/assets/app-v1.js');
      expect(isErrorStatus(old.status), `status ${old.status}`).toBe(true);
    });
  });

  it('does not end the real server process', async () => {
    const staticDir = builtApp('v1');
    const dataDir = tempDir();
    dirs.push(dataDir);
    const server = await startChildServer({ STATIC_DIR: staticDir, DATA_DIR: dataDir });
    children.push(server);
    expect((await get(server.port, '/sw.js')).status).toBe(200);

    unlinkSync(join(staticDir, 'sw.js'));
    const worker = await get(server.port, '/sw.js');
    expect(isErrorStatus(worker.status), `status ${worker.status}`).toBe(true);
    unlinkSync(join(staticDir, 'index.html'));
    const page = await get(server.port, '/r/abc');
    expect(isErrorStatus(page.status), `status ${page.status}`).toBe(true);

    expect((await get(server.port, '/healthz')).status).toBe(200);
    const client = await connectSynced(server.url, 'still-up');
    client.destroy();
    expect(server.process.exitCode).toBeNull();
    // It stops when told to, and cleanly: it was running normally all along.
    server.process.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.lines.join('\n')).not.toMatch(/ENOENT|uncaught/i);
  });
});
