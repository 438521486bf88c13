import { ToolState } from '../tool-state.ts';

/** The pointer is pressed: every move extends the trail (presence only, never the doc). */
export class Pointing extends ToolState {
  readonly id = 'pointing';

  override onEnter(): void {
    this.editor.laser.begin(this.editor.pointer.originPage);
  }

  override onPointerMove(): void {
    this.editor.laser.move(this.editor.pointer.currentPage);
  }

  override onPointerUp(): void {
    this.tool.transition('idle');
  }

  override onCancel(): void {
    this.tool.transition('idle');
  }

  override onExit(): void {
    this.editor.laser.end();
  }
}
