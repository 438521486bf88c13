import type { ReactNode } from 'react';
import { canRun, runAction } from '../actions/action.ts';
import { formatShortcut } from '../actions/shortcuts.ts';
import type { Editor } from '../editor/editor.ts';
import { useActions } from './actions-context.ts';
import { useEditorState } from './use-editor-state.ts';

interface Props {
  editor: Editor;
  action: string;
  children: ReactNode;
  active?: boolean;
  className?: string;
}

/** A button that runs a registry action; its tooltip names the shortcut. */
export function ActionButton({ editor, action: name, children, active, className }: Props) {
  const action = useActions().get(name);
  // Re-evaluate when the session changes (selection, undo state, read-only).
  const enabled = useEditorState(editor, () => canRun(action, editor));
  const shortcut = action.shortcuts[0];
  const title = shortcut ? `${action.label} — ${formatShortcut(shortcut)}` : action.label;
  return (
    <button
      type="button"
      className={`sr-button${active ? ' is-active' : ''}${className ? ` ${className}` : ''}`}
      data-testid={name}
      title={title}
      aria-label={action.label}
      aria-pressed={active}
      disabled={!enabled}
      onClick={() => runAction(editor, action, { source: 'ui', shiftKey: false })}
    >
      {children}
    </button>
  );
}
