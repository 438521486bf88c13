import { geomBox } from '@sketchroom/board-model';
import { rotatedBoxCorners } from '@sketchroom/geometry';
import type { Editor } from '../editor/editor.ts';

/** Outlines every shape a peer has selected, in that peer's colour. */
export function drawPeerSelections(ctx: CanvasRenderingContext2D, editor: Editor): void {
  const peers = editor.presence?.peers.get() ?? [];
  if (peers.length === 0) return;
  const zoom = editor.camera.zoom;
  ctx.lineWidth = 2 / zoom;
  const pad = 4 / zoom;
  for (const peer of peers) {
    if (peer.selection.length === 0) continue;
    ctx.strokeStyle = peer.color;
    ctx.beginPath();
    for (const id of peer.selection) {
      const shape = editor.getShape(id as never);
      if (!shape) continue;
      const box = geomBox(shape.geom);
      const padded = {
        x: box.x - pad,
        y: box.y - pad,
        width: box.width + pad * 2,
        height: box.height + pad * 2,
      };
      const corners = rotatedBoxCorners(padded, shape.geom.rotation);
      ctx.moveTo(corners[0].x, corners[0].y);
      for (let i = 1; i < 4; i++) ctx.lineTo(corners[i].x, corners[i].y);
      ctx.closePath();
    }
    ctx.stroke();
  }
}
