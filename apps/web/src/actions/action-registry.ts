import type { Editor, ShortcutRunner } from '../editor/editor.ts';
import type { KeyInput } from '../editor/input.ts';
import { runAction, type Action, type ActionContext } from './action.ts';
import { matchesShortcut } from './shortcuts.ts';

/**
 * The commands of one app, by name and by key. The app passes it to the editor (for
 * shortcuts) and to the UI (buttons, menus, help), so all of them run the same actions.
 */
export class ActionRegistry implements ShortcutRunner {
  private readonly byName: ReadonlyMap<string, Action>;

  constructor(readonly all: readonly Action[]) {
    this.byName = new Map(all.map((action) => [action.name, action]));
  }

  get(name: string): Action {
    const action = this.byName.get(name);
    if (!action) throw new Error(`No action named "${name}"`);
    return action;
  }

  forKey(event: KeyInput): Action | null {
    return (
      this.all.find((action) => action.shortcuts.some((s) => matchesShortcut(s, event))) ?? null
    );
  }

  /** Runs the named action if it may run now; returns whether it ran. */
  run(editor: Editor, name: string, context: ActionContext): boolean {
    return runAction(editor, this.get(name), context);
  }

  runShortcut(editor: Editor, event: KeyInput): boolean {
    const action = this.forKey(event);
    if (!action) return false;
    runAction(editor, action, { source: 'keyboard', shiftKey: event.shiftKey });
    return true;
  }
}
