import type { KeyInput, ToolPointerEvent } from '../../editor/input.ts';
import { ToolState } from '../tool-state.ts';
import { bindTargetAt } from './arrow-binding.ts';

export class Idle extends ToolState {
  readonly id = 'idle';

  override onPointerDown(event: ToolPointerEvent): void {
    if (event.button === 0) this.tool.transition('pointing');
  }

  /** With the arrow tool, the shape a press here would attach to is outlined. */
  override onPointerMove(event: ToolPointerEvent): void {
    if (this.tool.id !== 'arrow') return;
    const target = event.altKey ? undefined : bindTargetAt(this.editor, event.page);
    this.editor.setBindingHint(target?.id ?? null);
  }

  override onExit(): void {
    this.editor.setBindingHint(null);
  }

  override onKeyDown(event: KeyInput): boolean {
    if (event.key !== 'Escape') return false;
    this.editor.setTool('select');
    return true;
  }
}
