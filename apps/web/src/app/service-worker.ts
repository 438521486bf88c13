/**
 * The offline app shell: lets a board page load with no network, so offline edits (kept in
 * IndexedDB) survive a reload. Built to `/sw.js` so its scope is the whole app.
 *
 * Pages are network-first (a deploy is seen at once) with the last index.html as fallback;
 * hashed assets are immutable, so they are served from the cache once fetched.
 */

import { assetsNamedIn, assetsNamedInCss, staleAssets } from './shell-assets.ts';

// The DOM lib has no service worker types, and the WebWorker lib clashes with it.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
}

const worker = self as unknown as WorkerScope;
const cacheName = 'sketchroom-shell-v1';
const shellKey = '/';

worker.addEventListener('install', (event) => {
  event.waitUntil(refreshShell().then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(dropOldCaches().then(() => worker.clients.claim()));
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
});

async function page(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    // Every app route serves the same index.html; keep the newest as the shell.
    if (response.ok && response.headers.get('content-type')?.includes('text/html')) {
      await storeShell(response.clone());
    }
    return response;
  } catch (error) {
    const shell = await (await caches.open(cacheName)).match(shellKey);
    if (shell) return shell;
    throw error;
  }
}

async function asset(request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** Caches index.html and the assets it names, so even the first offline reload works. */
async function refreshShell(): Promise<void> {
  const response = await fetch(shellKey, { cache: 'no-store' });
  if (response.ok) await storeShell(response);
}

async function storeShell(response: Response): Promise<void> {
  const cache = await caches.open(cacheName);
  const previous = await cache.match(shellKey);
  const oldHtml = previous ? await previous.text() : null;
  const html = await response.clone().text();
  await cache.put(shellKey, response);
  const keep = async (path: string) => {
    if (!(await cache.match(path))) await cache.add(path);
  };
  const named = assetsNamedIn(html);
  await Promise.all(named.map(keep));
  // The stylesheets name the bundled fonts (the hand-written one): keep those too. Their
  // names are content hashes, so an unchanged font is never fetched twice.
  await Promise.all(
    named
      .filter((path) => path.endsWith('.css'))
      .map(async (path) => {
        const css = await (await cache.match(path))?.text();
        if (css) await Promise.all(assetsNamedInCss(css).map(keep));
      }),
  );
  // After a deploy the old entry files are dead weight. Lazily loaded chunks are not named
  // in index.html, so only a changed shell prunes, and only what the old shell named.
  await Promise.all(staleAssets(oldHtml, html).map((path) => cache.delete(path)));
}

async function dropOldCaches(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name !== cacheName && name.startsWith('sketchroom-'))
      .map((name) => caches.delete(name)),
  );
}
