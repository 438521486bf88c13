import type { ArrowBinding, Shape, ShapeId } from '@sketchroom/board-model';
import type { ShapePatch } from '@sketchroom/board-yjs';
import type { KeyInput } from '../../editor/input.ts';
import { ToolState, type TransitionInfo } from '../tool-state.ts';
import { polylineGeom, snapAngle } from '../polyline.ts';
import { bindTargetAt, bindingEndOn } from './arrow-binding.ts';

/**
 * The line's end follows the pointer; Shift snaps its angle to 15° steps. An
 * arrow attaches each end to the shape it starts or ends on; Alt draws it free.
 */
export class Drawing extends ToolState {
  readonly id = 'drawing';
  private shapeId: ShapeId | null = null;
  /** The shape under the press, which the arrow's start attaches to. */
  private startOn: Shape | undefined;

  override onEnter(info: TransitionInfo): void {
    this.shapeId = info.shapeId ?? null;
    const arrow = this.tool.id === 'arrow';
    this.startOn = arrow ? bindTargetAt(this.editor, this.editor.pointer.originPage) : undefined;
    if (this.shapeId) this.editor.setGestureShapes([this.shapeId]);
    this.update();
  }

  override onPointerMove(): void {
    this.update();
  }

  override onKeyDown(event: KeyInput): boolean {
    if (event.key === 'Shift' || event.key === 'Alt') this.update();
    return false;
  }

  override onKeyUp(event: KeyInput): void {
    if (event.key === 'Shift' || event.key === 'Alt') this.update();
  }

  override onPointerUp(): void {
    const id = this.shapeId;
    this.editor.setBindingHint(null);
    this.editor.endGesture();
    this.tool.transition('idle');
    if (id && this.editor.getShape(id)) this.editor.completeShape(id);
  }

  override onCancel(): void {
    if (this.shapeId) this.editor.deleteShapes([this.shapeId]);
    this.editor.setBindingHint(null);
    this.editor.endGesture();
    this.tool.transition('idle');
  }

  private update(): void {
    if (!this.shapeId) return;
    const { originPage, currentPage, shiftKey, altKey } = this.editor.pointer;
    const end = shiftKey ? snapAngle(originPage, currentPage) : currentPage;
    const patch: ShapePatch = { id: this.shapeId, geom: polylineGeom([originPage, end]) };
    if (this.tool.id === 'arrow') {
      const endOn = altKey ? undefined : bindTargetAt(this.editor, end, this.startOn?.id);
      const binding: ArrowBinding = {};
      if (this.startOn && !altKey) binding.start = bindingEndOn(this.startOn, originPage);
      if (endOn) binding.end = bindingEndOn(endOn, end);
      patch.binding = binding.start || binding.end ? binding : null;
      this.editor.setBindingHint(endOn?.id ?? null);
    }
    this.editor.updateShapes([patch]);
  }
}
