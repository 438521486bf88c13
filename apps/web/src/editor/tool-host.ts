import type { Geom, Shape, ShapeId, ShapeType } from '@sketchroom/board-model';
import type { ShapePatch } from '@sketchroom/board-yjs';
import type { Box, Camera, PagePoint, Vec } from '@sketchroom/geometry';
import type { KeyInput, PointerState, ToolPointerEvent } from './input.ts';
import type { LaserPointer } from './laser-pointer.ts';
import type { Snapping } from './snap-gestures.ts';

// The seam between the editor and its tools. The app hands the editor a list of
// `ToolSpec`s; tools see the editor only as a `ToolHost`. Nothing here imports a tool,
// so tools depend on the editor's contract and never the other way round.

/** The editor as a tool state sees it: what it may read, and the writes it may ask for. */
export interface ToolHost {
  readonly pointer: Readonly<PointerState>;
  readonly camera: Camera;
  readonly selectedIds: readonly ShapeId[];
  readonly editingId: ShapeId | null;
  readonly readOnly: boolean;
  /** Grid and object snapping (snap-gestures.ts). */
  readonly snapping: Snapping;
  /** The group entered by a double-click, if any. */
  readonly focusedGroup: string | null;
  /** The laser pointer (presence only: it never writes, so viewers may use it). */
  readonly laser: LaserPointer;
  now(): number;

  getShape(id: ShapeId): Shape | undefined;
  isSelected(id: ShapeId): boolean;
  isDeletable(shape: Shape): boolean;
  /** The topmost shape under a page point that `accept` takes (by default: unlocked). */
  shapeAt(point: Vec, accept?: (shape: Shape) => boolean): Shape | undefined;
  shapesInMarquee(box: Box): ShapeId[];
  groupMembers(groupId: string): readonly Shape[];

  setSelection(ids: readonly ShapeId[]): void;
  setFocusedGroup(groupId: string | null): void;
  setBrush(brush: Box | null): void;
  setBindingHint(id: ShapeId | null): void;
  setErasing(ids: readonly ShapeId[]): void;
  setTool(id: string): void;
  panBy(screenDelta: Vec): void;
  /** Tools report each change of their active state (for the UI and tests). */
  notifyToolState(): void;

  batch<T>(fn: () => T): T;
  beginGesture(ids: readonly ShapeId[]): void;
  setGestureShapes(ids: readonly ShapeId[]): void;
  endGesture(): void;
  createShape(type: ShapeType, geom: Partial<Geom>, text?: string): ShapeId | null;
  updateShapes(patches: ShapePatch[]): void;
  deleteShapes(ids: readonly ShapeId[]): void;
  editShape(id: ShapeId): void;
  writeTextAt(at: PagePoint, type: typeof ShapeType.text | typeof ShapeType.note): ShapeId | null;
  completeShape(id: ShapeId): void;
  stopEditing(): void;
}

/** A running tool as the editor drives it. */
export interface ToolMachine {
  readonly id: string;
  /** `tool.state`, e.g. `select.translating`: what tests and the inspector look at. */
  readonly path: string;
  enter(): void;
  /** Leaving the tool breaks off whatever gesture is under way. */
  exit(): void;
  pointerDown(event: ToolPointerEvent): void;
  pointerMove(event: ToolPointerEvent): void;
  pointerUp(event: ToolPointerEvent): void;
  doubleClick(event: ToolPointerEvent): void;
  /** True when the key was consumed, so no action runs for it. */
  keyDown(event: KeyInput): boolean;
  keyUp(event: KeyInput): void;
  /** Escape, a lost pointer, or the editor breaking off the gesture. */
  cancel(): void;
  /** The editor opened a text or note for typing (in the home tool). */
  editingStarted(): void;
  /** The text editor closed (Escape, a press elsewhere, the shape deleted by a peer). */
  editingEnded(): void;
  /** The canvas's resize/rotate handles were grabbed. */
  handlesGrabbed(): void;
  /** The handles were let go. */
  handlesReleased(): void;
}

/** A tool as the app passes it to the editor: what the toolbar shows, and how to start it. */
export interface ToolSpec {
  readonly id: string;
  readonly label: string;
  /** The single key that picks this tool. */
  readonly key: string;
  /** CSS cursor over the canvas while the tool is idle. */
  readonly cursor: string;
  /** Usable on a view-only board: it only looks, it never writes. */
  readonly readOnlySafe: boolean;
  create(host: ToolHost): ToolMachine;
}
