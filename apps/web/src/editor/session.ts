import type { ShapeId, Style } from '@sketchroom/board-model';
import { INK } from '@sketchroom/board-render';
import { IDENTITY_CAMERA, type Box, type Camera, type Size } from '@sketchroom/geometry';
import type { SnapGuide } from './snapping.ts';

export type Theme = 'light' | 'dark';

/** Style choices for the next shapes drawn; unset fields use the type's default. */
export type StylePrefs = Partial<Style>;

/** Everything local to this tab: never written to the document or awareness as-is. */
export interface Session {
  /** The active tool (one of the editor's tool specs). */
  toolId: string;
  /** `tool.state`, e.g. `select.brushing`. */
  toolPath: string;
  camera: Camera;
  viewport: Size;
  selectedIds: readonly ShapeId[];
  /** The group entered by a double-click: clicks inside it select its parts. */
  focusedGroup: string | null;
  editingId: ShapeId | null;
  /** The marquee being dragged, in page coordinates. */
  brush: Box | null;
  erasingIds: readonly ShapeId[];
  /** The shape an arrow end being drawn or dragged would attach to: outlined as a hint. */
  bindingHint: ShapeId | null;
  /** Shapes under an active drag, resize or creation: drawn on their own layer. */
  gestureIds: readonly ShapeId[];
  nextStyle: StylePrefs;
  theme: Theme;
  readOnly: boolean;
  helpOpen: boolean;
  /** Keep the drawing tool after creating a shape instead of returning to select. */
  toolLocked: boolean;
  followingClientId: number | null;
  canUndo: boolean;
  canRedo: boolean;
  /** The grid is drawn and snapped to; its size in page units. Remembered per browser. */
  gridOn: boolean;
  gridSize: number;
  /** Moving and resizing snap to other shapes' edges and centres. */
  objectSnap: boolean;
  /** Lines the current drag or resize has snapped to, page coordinates. */
  snapGuides: readonly SnapGuide[];
}

export function initialSession(toolId: string, readOnly: boolean): Session {
  return {
    toolId,
    // The editor fills in the real path once its tools exist.
    toolPath: toolId,
    camera: IDENTITY_CAMERA,
    viewport: { width: 1, height: 1 },
    selectedIds: [],
    focusedGroup: null,
    editingId: null,
    brush: null,
    erasingIds: [],
    bindingHint: null,
    gestureIds: [],
    nextStyle: { stroke: INK },
    theme: 'light',
    readOnly,
    helpOpen: false,
    toolLocked: false,
    followingClientId: null,
    canUndo: false,
    canRedo: false,
    gridOn: false,
    gridSize: 20,
    objectSnap: true,
    snapGuides: [],
  };
}
