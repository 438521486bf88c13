import { createContext, useContext } from 'react';
import type { ActionRegistry } from '../actions/action-registry.ts';

/** The app's action registry, handed down by the board canvas to every button and panel. */
export const ActionsContext = createContext<ActionRegistry | null>(null);

export function useActions(): ActionRegistry {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('useActions() outside <EditorUi>');
  return actions;
}
