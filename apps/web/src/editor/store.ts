/** A value that can be read now and watched for changes. */
export interface Readable<T> {
  get(): T;
  subscribe(listener: () => void): () => void;
}

/**
 * The smallest observable cell: session state lives in a few of these instead of
 * React state, so the DOM-free editor and the React UI read the same values.
 */
export class Store<T> implements Readable<T> {
  private value: T;
  private readonly listeners = new Set<() => void>();

  constructor(initial: T) {
    this.value = initial;
  }

  get(): T {
    return this.value;
  }

  set(next: T): void {
    if (Object.is(next, this.value)) return;
    this.value = next;
    for (const listener of [...this.listeners]) listener();
  }

  update(patch: Partial<T>): void {
    const current = this.value;
    let changed = false;
    for (const key of Object.keys(patch) as (keyof T)[]) {
      if (!Object.is(patch[key], current[key])) changed = true;
    }
    if (changed) this.set({ ...current, ...patch });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
