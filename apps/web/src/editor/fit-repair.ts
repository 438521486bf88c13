import { fontFamilyOf, hasLabel, ShapeType, type Shape } from '@sketchroom/board-model';
import type { BoardDoc, ShapeChanges, ShapePatch } from '@sketchroom/board-yjs';
import { fittedGeom } from './text-fit.ts';

/**
 * Grows notes, labelled shapes and text boxes whose text someone else wrote
 * without sizing the shape (a plain Yjs client, an imported file, an older
 * client), so the text never spills out for anyone, exports included.
 *
 * Written with origin `load`, so no one's undo takes it back. Only ever grows:
 * clients that measure a little differently each grow to what they need and
 * stop, instead of shrinking and growing in turn. The hand-written font is
 * left alone here: right after a page loads it may not be ready to measure.
 */
export function repairTextFit(board: BoardDoc, changes: ShapeChanges): void {
  if (changes.local && changes.origin !== 'import') return;
  const patches: ShapePatch[] = [];
  for (const id of [...changes.added, ...changes.updated]) {
    const shape = board.getShape(id);
    if (!shape?.text || !fits(shape)) continue;
    const geom = fittedGeom(shape, shape.text);
    if (!geom) continue;
    const width = Math.max(shape.geom.width, geom.width ?? 0);
    const height = Math.max(shape.geom.height, geom.height ?? 0);
    if (width === shape.geom.width && height === shape.geom.height) continue;
    patches.push({ id, geom: { ...geom, width, height } });
  }
  if (patches.length > 0) board.updateShapes(patches, 'load');
}

function fits(shape: Shape): boolean {
  if (fontFamilyOf(shape.style) === 'hand') return false;
  return shape.type === ShapeType.note || shape.type === ShapeType.text || hasLabel(shape.type);
}
