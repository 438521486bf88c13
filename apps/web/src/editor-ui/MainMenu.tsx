import { useCallback, useRef, useState } from 'react';
import type { Editor } from '../editor/editor.ts';
import { ActionButton } from './ActionButton.tsx';
import { Icon } from './icons.tsx';
import { SnapMenuItems } from './SnapMenuItems.tsx';
import { useEditorState } from './use-editor-state.ts';
import { useDismiss } from '../ui/use-dismiss.ts';

/** Bottom-right: export and import, and the `?` that opens the shortcut list. */
export function MainMenu({ editor }: { editor: Editor }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const readOnly = useEditorState(editor, (s) => s.readOnly);
  const hasSelection = useEditorState(editor, (s) => s.selectedIds.length > 0);

  const close = useCallback(() => {
    setOpen(false);
    // Back to the button that opened it, as a keyboard user expects.
    if (root.current?.contains(document.activeElement)) toggle.current?.focus();
  }, []);
  useDismiss(root, open, close);

  return (
    <div className="sr-bottom-right" ref={root}>
      {open && (
        <div
          className="sr-panel sr-menu"
          role="menu"
          data-testid="export-menu"
          onClick={() => setOpen(false)}
        >
          <div className="sr-menu-note">
            {hasSelection ? 'Exports the selection' : 'Exports the whole board'}
          </div>
          <ActionButton editor={editor} action="export-png" className="sr-menu-item">
            Export PNG
          </ActionButton>
          <ActionButton editor={editor} action="export-svg" className="sr-menu-item">
            Export SVG
          </ActionButton>
          <ActionButton editor={editor} action="export-pdf" className="sr-menu-item">
            Export PDF
          </ActionButton>
          <ActionButton editor={editor} action="export-json" className="sr-menu-item">
            Save as JSON
          </ActionButton>
          {!readOnly && (
            <ActionButton editor={editor} action="import-json" className="sr-menu-item">
              Import JSON…
            </ActionButton>
          )}
          <ActionButton editor={editor} action="toggle-history" className="sr-menu-item">
            Version history
          </ActionButton>
          <SnapMenuItems editor={editor} />
        </div>
      )}
      <div className="sr-panel sr-row">
        <button
          ref={toggle}
          type="button"
          className={`sr-button${open ? ' is-active' : ''}`}
          data-testid="menu-button"
          aria-label="Export and import"
          title="Export and import"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          <Icon name="menu" />
        </button>
        <ActionButton editor={editor} action="toggle-help" className="sr-help-button">
          ?
        </ActionButton>
      </div>
    </div>
  );
}
