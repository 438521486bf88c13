import { ShapeType } from '@sketchroom/board-model';
import { ToolState } from '../tool-state.ts';
import { polylineGeom } from '../polyline.ts';
import { bindTargetAt } from './arrow-binding.ts';

/** Pressed with the line or arrow tool; the line starts once the pointer moves. */
export class Pointing extends ToolState {
  readonly id = 'pointing';

  override onEnter(): void {
    if (this.tool.id !== 'arrow') return;
    const { originPage, altKey } = this.editor.pointer;
    const target = altKey ? undefined : bindTargetAt(this.editor, originPage);
    this.editor.setBindingHint(target?.id ?? null);
  }

  override onPointerMove(): void {
    if (!this.editor.pointer.isDragging) return;
    const { originPage, currentPage } = this.editor.pointer;
    this.editor.beginGesture([]);
    const type = this.tool.id === 'arrow' ? ShapeType.arrow : ShapeType.line;
    const id = this.editor.createShape(type, polylineGeom([originPage, currentPage]));
    if (id) this.tool.transition('drawing', { shapeId: id });
    else this.tool.transition('idle');
  }

  // A click without a drag makes no line: a zero-length line would be invisible.
  override onPointerUp(): void {
    this.editor.setBindingHint(null);
    this.tool.transition('idle');
  }

  override onCancel(): void {
    this.editor.setBindingHint(null);
    this.tool.transition('idle');
  }
}
