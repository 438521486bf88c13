import { hasLabel, hasText, type Style } from '@sketchroom/board-model';
import type { Editor } from './editor.ts';
import { withRemeasure } from './remeasure.ts';
import type { StylePrefs } from './session.ts';
import { scopedStyle } from './style-scope.ts';

/** The style the panel shows: the first selected shape's, else the next-shape style. */
export function currentStyle(editor: Editor): StylePrefs {
  const first = editor.selectedShapes()[0];
  return first ? first.style : editor.state.nextStyle;
}

/**
 * A style change from the panel: recolours the selection (one undo step) and
 * becomes the style of the next shapes drawn.
 */
export function applyStyle(editor: Editor, patch: Partial<Style>): void {
  editor.setNextStyle(patch);
  const shapes = editor.selectedShapes();
  if (shapes.length === 0) return;
  editor.updateShapes(
    withRemeasure(
      editor,
      shapes.map((shape) => {
        // Arrowheads mean nothing to a rectangle, nor a stroke style to a note: not planted there.
        const style = scopedStyle(shape.type, patch);
        // Font size means nothing to a line; do not plant it there (labels use it).
        if (!hasText(shape.type) && !hasLabel(shape.type)) delete style.fontSize;
        return { id: shape.id, style };
      }),
    ),
  );
}
