import type { KeyInput, ToolPointerEvent } from '../../editor/input.ts';
import { ToolState } from '../tool-state.ts';

/** A click drops a sticky note centred there and opens it for typing. */
export class Idle extends ToolState {
  readonly id = 'idle';

  override onPointerUp(event: ToolPointerEvent): void {
    if (event.button !== 0 || this.editor.pointer.isDragging) return;
    this.editor.writeTextAt(event.page, 'note');
  }

  override onKeyDown(event: KeyInput): boolean {
    if (event.key !== 'Escape') return false;
    this.editor.setTool('select');
    return true;
  }
}
