import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Editor } from '../editor/editor.ts';
import { useEditorState } from './use-editor-state.ts';
import { PHONE_QUERY, useMediaQuery } from './use-media-query.ts';
import { useDismiss } from '../ui/use-dismiss.ts';

interface Props {
  editor: Editor;
  /** Styling the next shape (a drawing tool is active), not a selection. */
  forNextShape: boolean;
  /** The current stroke colour, shown on the fold button. */
  swatch: string | undefined;
  children: ReactNode;
}

/**
 * Where the style panel lives. For a selection on a wide screen it is an open card sized
 * to its content. While a drawing tool is active it folds into a small "Style" button, so
 * the card never sits where people start drawing; opened, it closes again on the next press
 * on the canvas. On phones it is a bottom sheet that opens from the same button.
 */
export function StyleDock({ editor, forNextShape, swatch, children }: Props) {
  const phone = useMediaQuery(PHONE_QUERY);
  const toolId = useEditorState(editor, (s) => s.toolId);
  const folds = phone || forNextShape;
  const [open, setOpen] = useState(!folds);
  const root = useRef<HTMLDivElement>(null);

  // A new context (tool, screen size, selection vs next shape) starts from its default.
  useEffect(() => setOpen(!folds), [folds, toolId]);
  const close = useCallback(() => setOpen(false), []);
  // A folding card behaves like a popover: a press elsewhere (the start of a drawing) closes it.
  useDismiss(root, open && folds && !phone, close);

  return (
    <div
      ref={root}
      className={`sr-style-dock${phone ? ' is-sheet' : ''}${open ? ' is-open' : ''}`}
      data-testid="style-dock"
    >
      {folds && (
        <button
          type="button"
          className="sr-panel sr-button sr-style-toggle"
          data-testid="style-toggle"
          aria-expanded={open}
          aria-controls="sr-style-panel"
          title={open ? 'Hide styles' : 'Show styles'}
          onClick={() => setOpen(!open)}
        >
          <span
            className="sr-style-toggle-swatch"
            style={{ background: swatch ?? 'currentColor' }}
          />
          Style
          <span className="sr-style-toggle-chevron" aria-hidden="true">
            {open === phone ? '▾' : '▴'}
          </span>
        </button>
      )}
      {open && (
        <div
          id="sr-style-panel"
          className="sr-panel sr-style-panel"
          data-testid="style-panel"
          role="group"
          aria-label="Style"
        >
          {children}
        </div>
      )}
    </div>
  );
}
