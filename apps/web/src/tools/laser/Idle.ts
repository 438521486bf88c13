import type { KeyInput, ToolPointerEvent } from '../../editor/input.ts';
import { ToolState } from '../tool-state.ts';

export class Idle extends ToolState {
  readonly id = 'idle';

  override onPointerDown(event: ToolPointerEvent): void {
    if (event.button === 0) this.tool.transition('pointing');
  }

  override onKeyDown(event: KeyInput): boolean {
    if (event.key !== 'Escape') return false;
    this.editor.setTool('select');
    return true;
  }
}
