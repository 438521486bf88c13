import { readPresence } from '@sketchroom/board-yjs';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';

export interface Person {
  readonly clientId: number;
  readonly name: string;
  readonly color: string;
  readonly isSelf: boolean;
}

/**
 * Everyone in the room with a valid user, yourself first. Awareness changes with every
 * cursor move, so the list is rebuilt only when someone's name, colour or presence
 * changes; cursor traffic never re-renders the people list.
 */
export function usePeople(awareness: Awareness): readonly Person[] {
  const cache = useRef<{ key: string; people: readonly Person[] }>({ key: '', people: [] });

  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );

  const snapshot = useCallback(() => {
    const people = listPeople(awareness);
    const key = people.map((p) => `${p.clientId}\u0000${p.name}\u0000${p.color}`).join('\u0001');
    if (key !== cache.current.key) cache.current = { key, people };
    return cache.current.people;
  }, [awareness]);

  return useSyncExternalStore(subscribe, snapshot);
}

export function listPeople(awareness: Awareness): Person[] {
  const people: Person[] = [];
  for (const [clientId, state] of readPresence(awareness.getStates())) {
    const isSelf = clientId === awareness.clientID;
    people.push({ clientId, name: state.user.name, color: state.user.color, isSelf });
  }
  return people.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.clientId - b.clientId);
}
