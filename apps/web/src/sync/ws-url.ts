/**
 * Where rooms live: the page's own origin over ws(s). The Vite dev server owns `/` and
 * proxies `/ws/<room>` to the sync server, so development adds that prefix.
 */
export function websocketBase(origin: string, dev: boolean): string {
  const base = origin.replace(/^http(s?):/, 'ws$1:').replace(/\/+$/, '');
  return dev ? `${base}/ws` : base;
}
