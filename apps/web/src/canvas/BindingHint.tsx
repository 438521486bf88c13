import { outlineOf, type Shape } from '@sketchroom/board-model';
import { degreesToRadians } from '@sketchroom/geometry';
import type Konva from 'konva';
import { useEffect, useRef } from 'react';
import { Shape as KonvaShape } from 'react-konva';
import type { Editor } from '../editor/editor.ts';
import { useEditorState } from '../editor-ui/use-editor-state.ts';

const ACCENT = '#5b57d1';
/** Screen pixels between the shape and its hint outline. */
const PADDING_PX = 4;

/** Outlines the shape an arrow end being drawn or dragged would attach to. */
export function BindingHint({ editor }: { editor: Editor }) {
  const node = useRef<Konva.Shape>(null);
  const hintId = useEditorState(editor, (s) => s.bindingHint);
  const zoom = useEditorState(editor, (s) => s.camera.zoom);

  useEffect(() => {
    const redraw = () => node.current?.getLayer()?.batchDraw();
    redraw();
    return editor.index.subscribe(redraw);
  }, [editor, hintId, zoom]);

  if (!hintId) return null;
  return (
    <KonvaShape
      ref={node}
      name="binding-hint"
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context) => {
        const shape = editor.getShape(hintId);
        if (shape) drawHint(context._context, shape, zoom);
      }}
    />
  );
}

function drawHint(ctx: CanvasRenderingContext2D, shape: Shape, zoom: number): void {
  const { x, y, width, height, rotation } = shape.geom;
  const pad = PADDING_PX / zoom;
  const hw = width / 2 + pad;
  const hh = height / 2 + pad;
  ctx.save();
  ctx.translate(x + width / 2, y + height / 2);
  ctx.rotate(degreesToRadians(rotation));
  ctx.beginPath();
  const outline = outlineOf(shape);
  if (outline === 'ellipse') {
    ctx.ellipse(0, 0, hw, hh, 0, 0, Math.PI * 2);
  } else if (outline === 'diamond') {
    // Padded along the diagonals' normals: each vertex moves out by pad·√2-ish; close enough.
    ctx.moveTo(0, -hh - pad);
    ctx.lineTo(hw + pad, 0);
    ctx.lineTo(0, hh + pad);
    ctx.lineTo(-hw - pad, 0);
    ctx.closePath();
  } else {
    ctx.rect(-hw, -hh, hw * 2, hh * 2);
  }
  ctx.fillStyle = 'rgba(91, 87, 209, 0.08)';
  ctx.fill();
  ctx.lineWidth = 2 / zoom;
  ctx.strokeStyle = ACCENT;
  ctx.stroke();
  ctx.restore();
}
