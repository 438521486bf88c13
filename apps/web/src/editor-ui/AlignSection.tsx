import type { ReactNode } from 'react';
import type { Editor } from '../editor/editor.ts';
import { ActionButton } from './ActionButton.tsx';
import { useEditorState } from './use-editor-state.ts';

// 20×20 line icons: a bar for the line the shapes line up on, boxes for the shapes.
const ICONS: Record<string, ReactNode> = {
  'align-left': <path d="M3.5 3v14M6 6h9v3H6zM6 11h6v3H6z" />,
  'align-center': <path d="M10 3v14M5 6h10v3H5zM7 11h6v3H7z" />,
  'align-right': <path d="M16.5 3v14M5 6h9v3H5zM8 11h6v3H8z" />,
  'align-top': <path d="M3 3.5h14M6 6h3v9H6zM11 6h3v6h-3z" />,
  'align-middle': <path d="M3 10h14M6 5h3v10H6zM11 7h3v6h-3z" />,
  'align-bottom': <path d="M3 16.5h14M6 5h3v9H6zM11 8h3v6h-3z" />,
  'distribute-horizontally': <path d="M3 3v14M17 3v14M8.5 6h3v8h-3z" />,
  'distribute-vertically': <path d="M3 3h14M3 17h14M6 8.5h8v3H6z" />,
};

/** Align and distribute buttons, shown in the style panel for a multi-selection. */
export function AlignSection({ editor }: { editor: Editor }) {
  const count = useEditorState(editor, (s) => s.selectedIds.length);
  if (count < 2) return null;
  return (
    <fieldset className="sr-style-section" data-testid="align-section">
      <legend>Align</legend>
      <div className="sr-style-row">
        {Object.entries(ICONS).map(([name, icon]) => (
          <ActionButton key={name} editor={editor} action={name} className="sr-align-button">
            <svg
              width="20"
              height="20"
              viewBox="0 0 20 20"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
              strokeLinejoin="round"
              aria-hidden="true"
            >
              {icon}
            </svg>
          </ActionButton>
        ))}
      </div>
    </fieldset>
  );
}
