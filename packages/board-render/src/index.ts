export {
  BASELINE_BELOW_CENTRE,
  shadowColor,
  type DrawCommand,
  type ImageCommand,
  type PathCommand,
  type PathGeometry,
  type PathSegment,
  type Shadow,
  type Stroke,
  type TextCommand,
} from './commands.ts';
export { renderShape, type ShapeRenderer } from './shapes/index.ts';
export { READABLE_PX, type RenderOptions } from './render-options.ts';
export {
  CANVAS_BACKGROUND,
  INK,
  NOTE_TEXT,
  PLACEHOLDER_COLOR,
  displayColor,
  fillAlpha,
  isPaper,
  isFilled,
  type Theme,
} from './theme.ts';
export {
  FONT_FAMILY,
  LINE_HEIGHT,
  estimateWidth,
  layoutLines,
  linesHeight,
  textShapeSize,
  type MeasureText,
  type TextFont,
} from './text-layout.ts';
export {
  LABEL_PADDING,
  labelBounds,
  labelFitHeight,
  labelFont,
  labelLayout,
  arrowMiddle,
  pathMiddle,
  type LabelLayout,
} from './label.ts';
export { arrowHead } from './arrow-head.ts';
export { OutlineCache, freehandOutline, outlineSegments } from './freehand.ts';
export { CORNER_RADIUS } from './shapes/rect.ts';
export { NOTE_PADDING, noteHeightFor } from './shapes/note.ts';
export { pathData } from './path-data.ts';
export { seedFromId } from './rough.ts';
export { dashFor } from './stroke-style.ts';
export { curvedSegments } from './arrow-route.ts';
export { headCommands, type ArrowEnd } from './arrow-head.ts';
export {
  exportBox,
  shapesToSvg,
  svgParts,
  xmlText,
  type FontFile,
  type SvgOptions,
  type SvgParts,
  type SvgResult,
} from './svg.ts';
export { HAND_FONT_FAMILY, HAND_FONT_NAME, fontStackFor } from './fonts.ts';
