import {
  hasLabel,
  isKnownShapeType,
  roughnessOf,
  type KnownShape,
  type Shape,
  type ShapeType,
} from '@sketchroom/board-model';
import type { DrawCommand } from '../commands.ts';
import { labelCommands } from '../label.ts';
import type { RenderOptions } from '../render-options.ts';
import { roughen } from '../rough.ts';
import { renderArrow } from './arrow.ts';
import { renderDiamond } from './diamond.ts';
import { renderDraw } from './draw.ts';
import { renderEllipse } from './ellipse.ts';
import { renderImage } from './image.ts';
import { renderLine } from './line.ts';
import { renderNote } from './note.ts';
import { placeholder } from './placeholder.ts';
import { renderRect } from './rect.ts';
import { renderText } from './text.ts';

export type ShapeRenderer<S extends KnownShape> = (
  shape: S,
  options: RenderOptions,
) => DrawCommand[];

/** One renderer per known type: a type board-model adds without one here fails to compile. */
const RENDERERS: { readonly [T in ShapeType]: ShapeRenderer<Extract<KnownShape, { type: T }>> } = {
  rect: renderRect,
  ellipse: renderEllipse,
  diamond: renderDiamond,
  line: renderLine,
  arrow: renderArrow,
  draw: renderDraw,
  text: renderText,
  note: renderNote,
  image: renderImage,
};

/**
 * Types drawn as outlines, which take the hand-drawn look. Freehand strokes are
 * hand-drawn already; text and notes keep clean paper.
 */
const ROUGH_TYPES: ReadonlySet<string> = new Set<ShapeType>([
  'rect',
  'ellipse',
  'diamond',
  'line',
  'arrow',
]);

/**
 * The drawing of one shape in its local box (0,0)–(width,height), bottom to
 * top; the caller turns it by `geom.rotation` about the box centre and applies
 * `style.opacity`. A newer client's type is drawn as a labelled placeholder.
 */
export function renderShape(shape: Shape, options: RenderOptions): DrawCommand[] {
  if (!isKnownShapeType(shape.type)) {
    return placeholder(shape.geom.width, shape.geom.height, String(shape.type));
  }
  const render = RENDERERS[shape.type] as ShapeRenderer<KnownShape>;
  const commands = render(shape as KnownShape, options);
  const roughness = roughnessOf(shape.style);
  const drawn =
    roughness > 0 && ROUGH_TYPES.has(shape.type) ? roughen(shape, commands, roughness) : commands;
  // A label is drawn over its shape, the same way for every labelled type.
  return hasLabel(shape.type) ? [...drawn, ...labelCommands(shape, options)] : drawn;
}
