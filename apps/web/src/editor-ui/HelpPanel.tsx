import { ActionGroup, type Action } from '../actions/action.ts';
import { formatShortcut } from '../actions/shortcuts.ts';
import type { Editor } from '../editor/editor.ts';
import { useActions } from './actions-context.ts';
import { useEditorState } from './use-editor-state.ts';

// Gestures that are not actions but belong in the list.
const GESTURES: readonly { label: string; keys: string }[] = [
  { label: 'Pan', keys: 'Space + drag · scroll · middle drag' },
  { label: 'Zoom', keys: 'Ctrl + scroll · pinch' },
  { label: 'Add to selection', keys: 'Shift + click' },
  { label: 'Edit text or label', keys: 'Double-click · Enter' },
  { label: 'Enter a group', keys: 'Double-click a member' },
  { label: 'Context menu', keys: 'Right-click · long-press · Shift+F10' },
  { label: 'Square / straight', keys: 'Shift while drawing' },
  { label: 'No snapping or binding', keys: 'Alt while dragging or drawing' },
  { label: 'Cancel', keys: 'Esc' },
];

/** Every shortcut, straight from the action registry. */
export function HelpPanel({ editor }: { editor: Editor }) {
  const open = useEditorState(editor, (s) => s.helpOpen);
  const registry = useActions();
  if (!open) return null;
  const groups = Object.values(ActionGroup).map((group) => ({
    group,
    actions: registry.all.filter((a) => a.group === group && a.shortcuts.length > 0),
  }));
  return (
    <div className="sr-help-backdrop" onClick={() => editor.setHelpOpen(false)}>
      <section
        className="sr-panel sr-help"
        data-testid="help-panel"
        role="dialog"
        aria-label="Keyboard shortcuts"
        onClick={(event) => event.stopPropagation()}
      >
        <header className="sr-help-header">
          <h2>Keyboard shortcuts</h2>
          <button
            type="button"
            className="sr-button"
            aria-label="Close"
            data-testid="help-close"
            onClick={() => editor.setHelpOpen(false)}
          >
            ✕
          </button>
        </header>
        <div className="sr-help-columns">
          {groups.map(({ group, actions }) => (
            <div key={group} className="sr-help-group">
              <h3>{group}</h3>
              {actions.map((action) => (
                <Row key={action.name} label={action.label} keys={keysOf(action)} />
              ))}
            </div>
          ))}
          <div className="sr-help-group">
            <h3>Canvas</h3>
            {GESTURES.map((g) => (
              <Row key={g.label} label={g.label} keys={g.keys} />
            ))}
          </div>
        </div>
      </section>
    </div>
  );
}

function keysOf(action: Action): string {
  return action.shortcuts.map((s) => formatShortcut(s)).join(' · ');
}

function Row({ label, keys }: { label: string; keys: string }) {
  return (
    <div className="sr-help-row">
      <span>{label}</span>
      <kbd>{keys}</kbd>
    </div>
  );
}
