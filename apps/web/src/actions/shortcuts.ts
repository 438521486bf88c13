import type { Editor } from '../editor/editor.ts';
import { isAccel, type KeyInput } from '../editor/input.ts';
import { canRun, type Action, type ActionContext, type Shortcut } from './action.ts';
import { ACTIONS } from './registry.ts';

export function matchesShortcut(shortcut: Shortcut, event: KeyInput): boolean {
  if ((shortcut.accel ?? false) !== isAccel(event)) return false;
  if ((shortcut.alt ?? false) !== event.altKey) return false;
  const shift = shortcut.shift ?? false;
  if (shift !== 'any' && shift !== event.shiftKey) return false;
  if (shortcut.code !== undefined) return shortcut.code === event.code;
  return shortcut.key !== undefined && shortcut.key === event.key.toLowerCase();
}

export function actionForKey(event: KeyInput, actions: readonly Action[] = ACTIONS): Action | null {
  return actions.find((action) => action.shortcuts.some((s) => matchesShortcut(s, event))) ?? null;
}

/** Runs an action and reports a failure instead of losing it in a rejected promise. */
export function runAction(editor: Editor, action: Action, context: ActionContext): void {
  if (!canRun(action, editor)) return;
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
}

/**
 * A key press on the canvas: the active tool state sees it first (Escape ends a
 * gesture, Enter opens text), then the action registry. True when handled.
 */
export function handleKeyDown(editor: Editor, event: KeyInput): boolean {
  if (event.key === 'Escape' && editor.state.helpOpen) {
    editor.setHelpOpen(false);
    return true;
  }
  if (editor.input.keyDown(event)) return true;
  // While a gesture is under way only the tool's keys count.
  if (editor.inputs.isPointerDown) return false;
  const action = actionForKey(event);
  if (!action) return false;
  runAction(editor, action, { source: 'keyboard', shiftKey: event.shiftKey });
  return true;
}

const MAC = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');

const KEY_NAMES: Record<string, string> = {
  arrowleft: '←',
  arrowright: '→',
  arrowup: '↑',
  arrowdown: '↓',
  delete: 'Del',
  backspace: '⌫',
  BracketLeft: '[',
  BracketRight: ']',
  Equal: '+',
  Minus: '−',
};

/** `Ctrl+Shift+Z`, or `⌘⇧Z` on a Mac: for help and tooltips. */
export function formatShortcut(shortcut: Shortcut, mac = MAC): string {
  const raw = shortcut.key ?? shortcut.code ?? '';
  const name = KEY_NAMES[raw] ?? raw.replace(/^Digit/, '').toUpperCase();
  const parts: string[] = [];
  if (shortcut.accel) parts.push(mac ? '⌘' : 'Ctrl');
  if (shortcut.alt) parts.push(mac ? '⌥' : 'Alt');
  if (shortcut.shift === true) parts.push(mac ? '⇧' : 'Shift');
  parts.push(name);
  return parts.join(mac ? '' : '+');
}
