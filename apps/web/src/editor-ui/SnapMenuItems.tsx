import type { Editor } from '../editor/editor.ts';
import { GRID_SIZES } from '../editor/snap-gestures.ts';
import { ActionButton } from './ActionButton.tsx';
import { useEditorState } from './use-editor-state.ts';

/** Main-menu entries for snapping: the grid and its size, and snapping to shapes. */
export function SnapMenuItems({ editor }: { editor: Editor }) {
  const gridOn = useEditorState(editor, (s) => s.gridOn);
  const gridSize = useEditorState(editor, (s) => s.gridSize);
  const objectSnap = useEditorState(editor, (s) => s.objectSnap);
  return (
    // Clicks here change settings in place: the menu stays open to show them.
    <div role="group" aria-label="Snapping" onClick={(event) => event.stopPropagation()}>
      <div className="sr-menu-note">Snapping (hold Alt to suspend)</div>
      <ActionButton editor={editor} action="toggle-grid" active={gridOn} className="sr-menu-item">
        {gridOn ? '✓ ' : ''}Snap to grid
      </ActionButton>
      <div className="sr-style-row" style={{ padding: '2px 8px 6px' }}>
        {GRID_SIZES.map((size) => (
          <button
            key={size}
            type="button"
            className={`sr-button sr-chip${gridSize === size ? ' is-active' : ''}`}
            data-testid={`grid-size-${size}`}
            title={`Grid size ${size}`}
            aria-pressed={gridSize === size}
            onClick={() => editor.snapping.setGridSize(size)}
          >
            {size}
          </button>
        ))}
      </div>
      <ActionButton
        editor={editor}
        action="toggle-snapping"
        active={objectSnap}
        className="sr-menu-item"
      >
        {objectSnap ? '✓ ' : ''}Snap to shapes
      </ActionButton>
    </div>
  );
}
