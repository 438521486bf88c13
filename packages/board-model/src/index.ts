export { createShapeId, isShapeId, type ShapeId } from './shape-id.ts';
export {
  SHAPE_TYPES,
  ShapeType,
  hasPoints,
  hasText,
  isKnownShapeType,
  type UnknownShapeType,
} from './shape-types.ts';
export { SHAPE_KEYS, type Geom, type Shape, type Style } from './shape.ts';
export { validateShape, type ValidationResult } from './validate.ts';
export { SCHEMA_VERSION, migrateShape } from './migrations.ts';
export {
  bringForward,
  bringToFront,
  compareByIndex,
  indexAbove,
  indexBelow,
  indexesAbove,
  isValidIndex,
  sendBackward,
  sendToBack,
  sortByIndex,
  type IndexChange,
  type Indexed,
} from './z-order.ts';
export {
  DEFAULT_FONT_SIZE,
  DEFAULT_STYLE,
  NO_FILL,
  PALETTE,
  defaultStyleFor,
  type PaletteColor,
} from './defaults.ts';
export { createShape, type NewShape } from './create-shape.ts';
export { boundsOfShapes, geomBox, pagePoints, shapeBounds } from './bounds.ts';
export { hitTestShape, shapesInMarquee, topShapeAt } from './hit-test.ts';
export {
  BOARD_JSON_FORMAT,
  parseBoardJson,
  toBoardJson,
  type BoardJson,
  type ParsedBoard,
} from './board-json.ts';
