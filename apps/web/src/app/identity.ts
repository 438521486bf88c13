import { useSyncExternalStore } from 'react';
import { isRecord, storedValue, writeStored } from './local-store.ts';

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

// A random identity is made and kept on first use.
const stored = storedValue(storageKey, parseIdentity, () => {
  const fresh = randomIdentity();
  writeStored(storageKey, fresh);
  return fresh;
});

/** The person's remembered identity. */
export const currentIdentity = (): Identity => stored.get();

export function updateIdentity(patch: Partial<Identity>): void {
  const next = parseIdentity({ ...currentIdentity(), ...patch });
  if (next) stored.set(next);
}

export function useIdentity(): Identity {
  return useSyncExternalStore(stored.subscribe, stored.get);
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  // Spread by code point so an emoji stays whole.
  const letters =
    words.length > 1 ? [[...words[0]!][0], [...words[1]!][0]] : [...(words[0] ?? '?')].slice(0, 2);
  return letters.join('').toUpperCase();
}
