export { createShapeId, isShapeId, type ShapeId } from './shape-id.ts';
export {
  SHAPE_TYPES,
  ShapeType,
  hasPoints,
  hasLabel,
  hasText,
  isKnownShapeType,
  type UnknownShapeType,
} from './shape-types.ts';
export {
  SHAPE_KEYS,
  type ArrowBinding,
  type ArrowShape,
  type BindingEnd,
  type DiamondShape,
  type DrawShape,
  type EllipseShape,
  type Geom,
  type ImageShape,
  type KnownShape,
  type LineShape,
  type NoteShape,
  type RectShape,
  type Shape,
  type ShapeRecord,
  type Style,
  type TextShape,
  type UnknownShape,
} from './shape.ts';
export {
  SHAPE_DEFINITIONS,
  definitionFor,
  shapeDefinition,
  type AnyShapeDefinition,
  type ShapeDefaults,
  type ShapeDefinition,
  type ShapeMigration,
} from './shapes/index.ts';
export { validateShape, type ValidationResult } from './validate.ts';
export { MAX_GROUP_DEPTH, readBinding, readGroups } from './validate-relations.ts';
export { createGroupId, isGroupId } from './group-id.ts';
export { reidentify } from './reidentify.ts';
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
  type PaletteColor,
} from './defaults.ts';
export { createShape, defaultStyleFor, type NewShape } from './create-shape.ts';
export { boundsOfShapes, geomBox, pagePoints, shapeBounds } from './bounds.ts';
export { hitTestShape, shapesInMarquee, topShapeAt } from './hit-test.ts';
export {
  BOARD_JSON_ASSET_LIMITS,
  BOARD_JSON_FORMAT,
  parseBoardJson,
  toBoardJson,
  type BoardJson,
  type BoardJsonAsset,
  type ParsedBoard,
} from './board-json.ts';
export {
  ARROW_HEADS,
  FONT_FAMILIES,
  ROUGHNESS_LEVELS,
  ROUTINGS,
  STROKE_STYLES,
  fontFamilyOf,
  headsOf,
  roughnessOf,
  routingOf,
  strokeStyleOf,
  type ArrowHead,
  type FontFamily,
  type Routing,
  type StrokeStyle,
} from './style-options.ts';
export {
  BINDING_GAP,
  CENTRE_ZONE,
  aimPoint,
  anchorAt,
  endOnOutline,
  isBindable,
  isCentred,
  outlineOf,
  resolveEnd,
  type BoundTarget,
  type Outline,
} from './bindings.ts';
export {
  DEFAULT_BEND,
  bendOf,
  controlPoint,
  normaliseRoute,
  routeArrow,
  sameRoute,
  type RouteOptions,
  type RoutedGeom,
  type ShapeLookup,
} from './arrow-route.ts';
export { ELBOW_STUB } from './arrow-route-elbow.ts';
