import { boundsOfShapes } from '@sketchroom/board-model';
import { pagePoint, type PagePoint } from '@sketchroom/geometry';
import type { Editor } from '../editor/editor.ts';
import { focusAfterPress, unitIds } from '../editor/groups.ts';
import { CANVAS_MENU, SHAPE_MENU, type Point } from './context-menu.ts';

/**
 * Which menu a right-click at `page` opens. On a shape it selects the shape first (its
 * whole group, as a click would) unless it is already selected, so the menu acts on
 * what was clicked. Locked shapes are not hit: they get the canvas menu, whose `unlock`
 * finds them under the pointer.
 */
export function menuAt(editor: Editor, page: PagePoint): readonly string[] {
  const shape = editor.shapeAt(page);
  if (!shape) return CANVAS_MENU;
  editor.setFocusedGroup(focusAfterPress(editor, shape));
  const unit = unitIds(editor, shape);
  if (!unit.every((id) => editor.isSelected(id))) editor.setSelection(unit);
  return SHAPE_MENU;
}

/** Shift+F10 or the menu key: the selection's menu at its middle, else the canvas menu. */
export function menuForKeyboard(editor: Editor): { at: Point; names: readonly string[] } {
  const bounds = boundsOfShapes(editor.selectedShapes());
  if (!bounds) {
    const { width, height } = editor.state.viewport;
    return { at: { x: width / 2, y: height / 2 }, names: CANVAS_MENU };
  }
  const middle = editor.pageToScreen(
    pagePoint(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2),
  );
  return { at: { x: middle.x, y: middle.y }, names: SHAPE_MENU };
}
