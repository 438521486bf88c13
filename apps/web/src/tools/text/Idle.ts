import { hasText } from '@sketchroom/board-model';
import type { KeyInput, ToolPointerEvent } from '../../editor/input.ts';
import { ToolState } from '../tool-state.ts';

/** A click writes text there; a click on existing text edits it instead. */
export class Idle extends ToolState {
  readonly id = 'idle';

  override onPointerUp(event: ToolPointerEvent): void {
    if (event.button !== 0 || this.editor.pointer.isDragging) return;
    const hit = this.editor.shapeAt(event.page);
    if (hit && hasText(hit.type)) {
      this.editor.editShape(hit.id);
      return;
    }
    this.editor.writeTextAt(event.page, 'text');
  }

  override onKeyDown(event: KeyInput): boolean {
    if (event.key !== 'Escape') return false;
    this.editor.setTool('select');
    return true;
  }
}
