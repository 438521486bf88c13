/**
 * Registers the service worker that caches the app shell (app/service-worker.ts, built to
 * /sw.js). Production only: in development Vite serves modules that must never be cached.
 */
export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Without it the app still works online; only offline reloads are lost.
    });
  });
}
