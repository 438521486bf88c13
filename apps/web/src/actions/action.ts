import type { Editor } from '../editor/editor.ts';

/**
 * A key combination. Letters match `key` (so they follow the keyboard layout);
 * digits and brackets match `code` (Shift changes their `key`). Modifiers left
 * out must not be held, except `shift: 'any'`.
 */
export interface Shortcut {
  key?: string;
  code?: string;
  accel?: boolean;
  shift?: boolean | 'any';
  alt?: boolean;
}

export interface ActionContext {
  source: 'keyboard' | 'ui';
  shiftKey: boolean;
}

export const ActionGroup = {
  tools: 'Tools',
  edit: 'Edit',
  arrange: 'Arrange',
  view: 'View',
  file: 'File',
} as const;

export type ActionGroup = (typeof ActionGroup)[keyof typeof ActionGroup];

export interface Action {
  /** Stable id: also the `data-testid` suffix of buttons that run it. */
  name: string;
  label: string;
  group: ActionGroup;
  shortcuts: readonly Shortcut[];
  /** Also for viewers of a read-only link (view changes, export, copy). */
  readOnlySafe?: boolean;
  /** Whether it can run now; the toolbar greys out disabled actions. */
  isEnabled?(editor: Editor): boolean;
  perform(editor: Editor, context: ActionContext): void | Promise<void>;
}

/** Identity helper: keeps each action file's object checked against `Action`. */
export function defineAction(action: Action): Action {
  return action;
}

export function canRun(action: Action, editor: Editor): boolean {
  if (editor.readOnly && !action.readOnlySafe) return false;
  return action.isEnabled ? action.isEnabled(editor) : true;
}

export function hasSelection(editor: Editor): boolean {
  return editor.selectedIds.length > 0;
}
