// localStorage can throw (private mode, quota, disabled storage); the shell must still
// work without it, so every access goes through these guards.

export function readStored<T>(key: string, parse: (raw: unknown) => T | null): T | null {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return null;
    return parse(JSON.parse(raw));
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Not remembered this time; the in-memory value still applies.
  }
}

/** Calls `onChange` when another tab writes `key`. */
export function watchStored(key: string, onChange: () => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === key || event.key === null) onChange();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface StoredValue<T> {
  get(): T;
  set(value: T): void;
  /** For useSyncExternalStore: fires on our own writes and on other tabs' writes. */
  subscribe(onChange: () => void): () => void;
}

/** A remembered value with change notification; `fallback` supplies it when nothing valid is stored. */
export function storedValue<T>(
  key: string,
  parse: (raw: unknown) => T | null,
  fallback: () => T,
): StoredValue<T> {
  const listeners = new Set<() => void>();
  let cached: T | null = null;
  return {
    get() {
      cached ??= readStored(key, parse) ?? fallback();
      return cached;
    },
    set(value) {
      cached = value;
      writeStored(key, value);
      for (const listener of [...listeners]) listener();
    },
    subscribe(onChange) {
      listeners.add(onChange);
      const unwatch = watchStored(key, () => {
        cached = null;
        onChange();
      });
      return () => {
        listeners.delete(onChange);
        unwatch();
      };
    },
  };
}
