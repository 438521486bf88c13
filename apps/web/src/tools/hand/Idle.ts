import type { ToolPointerEvent } from '../../editor/input.ts';
import { ToolState } from '../tool-state.ts';

export class Idle extends ToolState {
  readonly id = 'idle';

  override onPointerDown(event: ToolPointerEvent): void {
    if (event.button === 0 || event.button === 1) this.tool.transition('panning');
  }
}
