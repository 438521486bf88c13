import { useSyncExternalStore } from 'react';
import { isRecord, readStored, watchStored, writeStored } from './local-store.ts';

export interface Identity {
  readonly name: string;
  readonly color: string;
}

/** Saturated enough to read as a cursor on white, light enough to carry white initials. */
export const personColors = [
  '#e03131',
  '#e8590c',
  '#f08c00',
  '#2f9e44',
  '#0c8599',
  '#1971c2',
  '#5f3dc4',
  '#c2255c',
] as const;

const adjectives = ['Teal', 'Amber', 'Coral', 'Indigo', 'Olive', 'Scarlet', 'Silver', 'Violet'];
const animals = ['Fox', 'Otter', 'Heron', 'Lynx', 'Panda', 'Robin', 'Koala', 'Badger', 'Seal'];

export const maxNameLength = 32;
const storageKey = 'sketchroom:identity';
const listeners = new Set<() => void>();
let cached: Identity | null = null;

export function randomIdentity(random: () => number = Math.random): Identity {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return { name: `${pick(adjectives)} ${pick(animals)}`, color: pick(personColors) };
}

export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, maxNameLength);
}

function parseIdentity(raw: unknown): Identity | null {
  if (!isRecord(raw) || typeof raw.name !== 'string' || typeof raw.color !== 'string') return null;
  const name = cleanName(raw.name);
  if (name === '' || !/^#[0-9a-f]{6}$/i.test(raw.color)) return null;
  return { name, color: raw.color };
}

/** The person's remembered identity; a random one is made and kept on first use. */
export function currentIdentity(): Identity {
  if (cached) return cached;
  cached = readStored(storageKey, parseIdentity);
  if (!cached) {
    cached = randomIdentity();
    writeStored(storageKey, cached);
  }
  return cached;
}

export function updateIdentity(patch: Partial<Identity>): void {
  const next = parseIdentity({ ...currentIdentity(), ...patch });
  if (!next) return;
  cached = next;
  writeStored(storageKey, next);
  for (const listener of [...listeners]) listener();
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  const unwatch = watchStored(storageKey, () => {
    cached = null;
    onChange();
  });
  return () => {
    listeners.delete(onChange);
    unwatch();
  };
}

export function useIdentity(): Identity {
  return useSyncExternalStore(subscribe, currentIdentity);
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  // Spread by code point so an emoji stays whole.
  const letters =
    words.length > 1 ? [[...words[0]!][0], [...words[1]!][0]] : [...(words[0] ?? '?')].slice(0, 2);
  return letters.join('').toUpperCase();
}
