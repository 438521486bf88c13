import { useSyncExternalStore, type MouseEvent } from 'react';
import { isValidRoomId } from './room-id.ts';

export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'board'; readonly roomId: string; readonly token: string | null }
  | { readonly name: 'not-found' };

/** `/` is home; `/r/<roomId>?token=<link token>` is a board (R1: the token rides in the query). */
export function parseRoute(url: string): Route {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  if (pathname === '/') return { name: 'home' };
  const match = /^\/r\/([^/]+)\/?$/.exec(pathname);
  if (match) {
    const roomId = safeDecode(match[1]!);
    const token = searchParams.get('token') || null;
    if (roomId !== null && isValidRoomId(roomId)) return { name: 'board', roomId, token };
  }
  return { name: 'not-found' };
}

export function boardPath(roomId: string, token?: string | null): string {
  const path = `/r/${encodeURIComponent(roomId)}`;
  return token ? `${path}?token=${encodeURIComponent(token)}` : path;
}

// pushState fires no event, so navigations made here are announced on this one.
const navigateEvent = 'sketchroom:navigate';

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new Event(navigateEvent));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(navigateEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(navigateEvent, onChange);
  };
}

/** The path and query of the current page. */
export function useLocationPath(): string {
  return useSyncExternalStore(subscribe, () => location.pathname + location.search);
}

/** Lets plain links navigate inside the app while keeping new-tab and modified clicks. */
export function handleLinkClick(event: MouseEvent<HTMLAnchorElement>): void {
  const isPlainClick =
    event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
  if (!isPlainClick || event.defaultPrevented) return;
  event.preventDefault();
  navigate(event.currentTarget.pathname + event.currentTarget.search);
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
