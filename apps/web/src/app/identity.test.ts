import { describe, expect, it } from 'vitest';
import { cleanName, initials, maxNameLength, personColors, randomIdentity } from './identity.ts';

describe('randomIdentity', () => {
  it('makes an adjective-animal name and a palette colour', () => {
    const identity = randomIdentity(() => 0);
    expect(identity).toEqual({ name: 'Teal Fox', color: personColors[0] });
  });

  it('stays inside the lists at the top of the random range', () => {
    const identity = randomIdentity(() => 0.9999);
    expect(identity.name).toBe('Violet Seal');
    expect(identity.color).toBe(personColors.at(-1));
  });
});

describe('cleanName', () => {
  it('collapses whitespace and caps the length', () => {
    expect(cleanName('  Ada \n  Lovelace ')).toBe('Ada Lovelace');
    expect(cleanName('x'.repeat(100))).toHaveLength(maxNameLength);
  });
});

describe('initials', () => {
  it('takes the first letter of the first two words', () => {
    expect(initials('teal fox')).toBe('TF');
    expect(initials('Ada Byron Lovelace')).toBe('AB');
  });

  it('takes two letters of a single word and copes with empty names', () => {
    expect(initials('ada')).toBe('AD');
    expect(initials('  ')).toBe('?');
  });
});
