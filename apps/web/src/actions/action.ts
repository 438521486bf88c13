import type { PagePoint } from '@sketchroom/geometry';
import type { Editor } from '../editor/editor.ts';
import type { Platform } from '../editor/platform.ts';

/** Where copy writes and paste reads: the platform's clipboard, or one clipboard event's data. */
export type ClipboardAccess = Pick<Platform, 'writeClipboard' | 'readClipboard'> &
  Partial<Pick<Platform, 'readClipboardFiles'>>;

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
  /** The browser's copy/cut/paste event data; without it, `editor.platform`'s clipboard. */
  clipboard?: ClipboardAccess;
  /** Where it was asked for, when that was a place on the page (the context menu's point). */
  at?: PagePoint;
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

/**
 * Runs an action if it may run now, and reports a failure instead of losing it in a
 * rejected promise. Returns whether it ran.
 */
export function runAction(editor: Editor, action: Action, context: ActionContext): boolean {
  if (!canRun(action, editor)) return false;
  try {
    const result = action.perform(editor, context);
    if (result instanceof Promise) {
      result.catch((error: unknown) =>
        editor.platform.notify(`${action.label} failed: ${String(error)}`),
      );
    }
  } catch (error) {
    editor.platform.notify(`${action.label} failed: ${String(error)}`);
  }
  return true;
}

/** The clipboard an action should use. */
export function clipboardOf(editor: Editor, context: ActionContext): ClipboardAccess {
  return context.clipboard ?? editor.platform;
}
