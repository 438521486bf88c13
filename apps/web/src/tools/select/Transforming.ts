import type { KeyInput } from '../../editor/input.ts';
import { fitShapes } from '../../editor/remeasure.ts';
import { ToolState } from '../tool-state.ts';

/**
 * Resizing or rotating through the canvas's transform handles. The handles do the
 * geometry (Konva Transformer) and report it through `applyTransform`; this state
 * marks the gesture so it is one undo step and the tool ignores the pointer.
 */
export class Transforming extends ToolState {
  readonly id = 'transforming';

  override onEnter(): void {
    this.editor.beginGesture(this.editor.selectedIds);
  }

  override onPointerUp(): void {
    this.finish();
  }

  override onKeyDown(event: KeyInput): boolean {
    return event.key !== 'Shift' && event.key !== 'Alt';
  }

  override onCancel(): void {
    this.finish();
  }

  override onHandlesReleased(): void {
    this.finish();
  }

  finish(): void {
    this.editor.snapping.setGuides([]);
    // A label or note resized too small for its text grows back to fit, in the same step.
    fitShapes(this.editor, this.editor.selectedIds);
    this.editor.endGesture();
    this.tool.transition('idle');
  }
}
