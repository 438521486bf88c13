import {
  createShape,
  type ShapeType,
  defaultStyleFor,
  indexAbove,
  isKnownShapeType,
  type Geom,
  type Shape,
  type ShapeId,
} from '@sketchroom/board-model';
import {
  createUndoManager,
  type BoardDoc,
  type BoardUndo,
  type ShapePatch,
} from '@sketchroom/board-yjs';
import {
  pageToScreen,
  panCamera,
  screenToPage,
  type Box,
  type Camera,
  type PagePoint,
  type ScreenPoint,
  type Size,
  type Vec,
} from '@sketchroom/geometry';
import type { KeyInput, PointerState } from './input.ts';
import { followBoard } from './board-follow.ts';
import { InputDispatcher } from './input-dispatcher.ts';
import type { EditorOptionsOf, ShortcutRunnerOf } from './editor-options.ts';
import { styleForNew } from './new-shapes.ts';
import { memoryPlatform, type Platform } from './platform.ts';
import { noAssets, type AssetSource } from '../assets/asset-source.ts';
import { LaserPointer } from './laser-pointer.ts';
import { PresenceSync } from './presence-sync.ts';
import { initialSession, type Session, type StylePrefs, type Theme } from './session.ts';
import { ShapeIndex } from './shape-index.ts';
import { Snapping } from './snap-gestures.ts';
import { Store } from './store.ts';
import { TextEditing } from './text-editing.ts';
import { ToolSwitch } from './tool-switch.ts';
import type { ToolMachine, ToolSpec } from './tool-host.ts';
import { UndoGrouping } from './undo-grouping.ts';

export type ShortcutRunner = ShortcutRunnerOf<Editor>;
export type EditorOptions = EditorOptionsOf<Editor>;

/** Screen pixels of slack when hit-testing, so thin lines are easy to grab. */
export const HIT_SLOP_PX = 6;

/**
 * The DOM-free heart of the whiteboard: session state, tools and their input,
 * and the few ways the app writes to the document. The canvas and the UI read
 * from it and feed it events; tests drive it directly.
 */
export class Editor {
  readonly board: BoardDoc;
  readonly index = new ShapeIndex();
  readonly session: Store<Session>;
  readonly history: BoardUndo;
  readonly presence: PresenceSync | null;
  /** The laser pointer's trail: presence only, never the document. */
  readonly laser: LaserPointer;
  /** Grid and object snapping for drags, resizes and new shapes. */
  readonly snapping: Snapping = new Snapping(this);
  /** Pointer, key and wheel input from the canvas go in here. */
  readonly dispatcher: InputDispatcher;
  readonly tools: readonly ToolSpec[];
  /** The first tool: back to it after drawing; text is edited in it. */
  readonly homeToolId: string;
  readonly now: () => number;
  /** Clipboard, files and downloads; the canvas swaps in the browser's. */
  platform: Platform = memoryPlatform();
  /** The bytes of the board's images; the canvas swaps in the board's. */
  assets: AssetSource = noAssets;
  private readonly grouping: UndoGrouping;
  private readonly text: TextEditing;
  private readonly toolSwitch: ToolSwitch;
  private readonly cleanups: (() => void)[] = [];

  constructor(options: EditorOptions) {
    const home = options.tools[0];
    if (!home) throw new Error('An editor needs at least one tool');
    this.board = options.board;
    this.tools = options.tools;
    this.homeToolId = home.id;
    this.now = options.now ?? (() => performance.now());
    this.session = new Store(initialSession(home.id, options.readOnly ?? false));
    // Steps are delimited by UndoGrouping, never by timing (see there).
    this.history = createUndoManager(this.board, {
      capacity: options.undoCapacity ?? 200,
      captureTimeout: Number.POSITIVE_INFINITY,
    });
    this.grouping = new UndoGrouping(this.history);
    this.text = new TextEditing(this, this.grouping);
    this.toolSwitch = new ToolSwitch(this.tools, this);
    this.session.update({ toolPath: this.currentTool.path });
    this.dispatcher = new InputDispatcher(this, options.panToolId ?? null, (event) =>
      options.actions.runShortcut(this, event),
    );
    this.index.reset(this.board.allShapes());
    this.cleanups.push(followBoard(this, this.text));
    const presence = options.awareness ? new PresenceSync(this, options.awareness) : null;
    this.presence = presence;
    this.laser = new LaserPointer(this.now);
    if (presence) this.laser.connect((state) => presence.publishLaser(state));
    // Editors keep arrows bound to shapes others moved up to date; viewers never write.
    this.board.setArrowRepair(!this.readOnly);
  }

  dispose(): void {
    this.laser.dispose();
    this.presence?.dispose();
    for (const cleanup of this.cleanups) cleanup();
    this.history.destroy();
  }

  // ---- reading ----

  get state(): Session {
    return this.session.get();
  }
  /** Where the pointer is and where the current press began. */
  get pointer(): Readonly<PointerState> {
    return this.dispatcher.pointer;
  }
  get camera(): Camera {
    return this.state.camera;
  }
  get selectedIds(): readonly ShapeId[] {
    return this.state.selectedIds;
  }
  get editingId(): ShapeId | null {
    return this.state.editingId;
  }
  get readOnly(): boolean {
    return this.state.readOnly;
  }
  get currentTool(): ToolMachine {
    return this.toolSwitch.active;
  }

  getShape(id: ShapeId): Shape | undefined {
    return this.index.get(id);
  }

  isSelected(id: ShapeId): boolean {
    return this.state.selectedIds.includes(id);
  }

  selectedShapes(): Shape[] {
    return this.state.selectedIds.flatMap((id) => this.index.get(id) ?? []);
  }

  /** Shapes drawn by a newer client are kept safe from every delete path. */
  isDeletable(shape: Shape): boolean {
    return isKnownShapeType(shape.type);
  }

  screenToPage(point: ScreenPoint): PagePoint {
    return screenToPage(this.camera, point);
  }

  pageToScreen(point: PagePoint): ScreenPoint {
    return pageToScreen(this.camera, point);
  }

  /**
   * The topmost shape under a page point that `accept` takes (by default any
   * unlocked one), with a few pixels of slack.
   */
  shapeAt(point: Vec, accept = (shape: Shape) => !shape.locked): Shape | undefined {
    return this.index.hitTest(point, HIT_SLOP_PX / this.camera.zoom, accept);
  }

  get focusedGroup(): string | null {
    return this.state.focusedGroup;
  }

  groupMembers(groupId: string): readonly Shape[] {
    return this.index.groupMembers(groupId);
  }

  /** Shapes lying fully inside a page box, bottom to top. */
  shapesInMarquee(box: Box): ShapeId[] {
    return this.index.inMarquee(box);
  }

  // ---- session ----

  setSelection(ids: readonly ShapeId[]): void {
    // A locked shape cannot be selected.
    const unique = [...new Set(ids)].filter((id) => {
      const shape = this.index.get(id);
      return shape !== undefined && !shape.locked;
    });
    const current = this.state.selectedIds;
    if (unique.length === current.length && unique.every((id, i) => id === current[i])) return;
    this.session.update({ selectedIds: unique });
  }

  /** Enters a group (null: none); clicks then select inside it. */
  setFocusedGroup(groupId: string | null): void {
    this.session.update({ focusedGroup: groupId });
  }

  setBrush(brush: Box | null): void {
    this.session.update({ brush });
  }

  /** The shape an arrow end would attach to, outlined while drawing or dragging (null: none). */
  setBindingHint(id: ShapeId | null): void {
    if (id !== this.state.bindingHint) this.session.update({ bindingHint: id });
  }

  setErasing(ids: readonly ShapeId[]): void {
    this.session.update({ erasingIds: ids });
  }

  setTool(id: string): void {
    if (id === this.state.toolId || !this.toolSwitch.has(id)) return;
    if (this.readOnly && !this.toolSwitch.isReadOnlySafe(id)) return;
    if (this.state.editingId) this.stopEditing();
    const next = this.toolSwitch.activate(id);
    this.session.update({ toolId: id, toolPath: next.path, brush: null, focusedGroup: null });
  }

  /** Called by tools whenever their active state changes. */
  notifyToolState(): void {
    this.session.update({ toolPath: this.currentTool.path });
  }

  setCamera(camera: Camera, byUser = true): void {
    if (byUser && this.state.followingClientId !== null) {
      this.session.update({ followingClientId: null });
    }
    this.session.update({ camera });
  }

  /** Moves the view by a screen distance (dragging the canvas, scrolling). */
  panBy(screenDelta: Vec): void {
    this.setCamera(panCamera(this.camera, screenDelta));
  }

  setViewport(viewport: Size): void {
    const current = this.state.viewport;
    if (current.width === viewport.width && current.height === viewport.height) return;
    this.session.update({ viewport });
  }

  setTheme(theme: Theme): void {
    this.session.update({ theme });
  }

  setReadOnly(readOnly: boolean): void {
    if (readOnly === this.readOnly) return;
    if (readOnly) {
      this.stopEditing();
      if (!this.toolSwitch.isReadOnlySafe(this.state.toolId)) this.setTool(this.homeToolId);
    }
    this.session.update({ readOnly });
    this.board.setArrowRepair(!readOnly);
  }

  setHelpOpen(helpOpen: boolean): void {
    this.session.update({ helpOpen });
  }

  setNextStyle(patch: StylePrefs): void {
    this.session.update({ nextStyle: { ...this.state.nextStyle, ...patch } });
  }

  follow(clientId: number | null): void {
    this.session.update({ followingClientId: clientId });
    this.presence?.syncFollow();
  }

  // ---- writing: every change to the document goes through these (local origin) ----

  /** Runs `fn` as one undo step (or inside the current gesture's step). */
  batch<T>(fn: () => T): T {
    return this.grouping.run(fn);
  }

  /** Starts a drag-like gesture: one undo step, and these shapes get their own layer. */
  beginGesture(ids: readonly ShapeId[]): void {
    this.grouping.begin();
    this.session.update({ gestureIds: ids });
  }

  /** Names the shapes a gesture works on once it has made them. */
  setGestureShapes(ids: readonly ShapeId[]): void {
    this.session.update({ gestureIds: ids });
  }

  endGesture(): void {
    this.grouping.end();
    this.session.update({ gestureIds: [] });
  }

  createShape(type: ShapeType, geom: Partial<Geom>, text?: string): ShapeId | null {
    const style = { ...defaultStyleFor(type), ...styleForNew(type, this.state.nextStyle) };
    const shape = createShape({ type, index: indexAbove(this.index.all()), geom, style, text });
    return this.write(null, () => {
      this.board.createShapes([shape]);
      return shape.id;
    });
  }

  /**
   * Adds the shapes of board JSON (a paste, a duplicate, a file) above everything, with
   * fresh ids, returned bottom to top. Origin `import` keeps a file import out of undo.
   * Throws BoardImportError when the JSON is not a valid board.
   */
  insertJson(json: string, origin: 'local' | 'import' = 'local'): ShapeId[] {
    return this.write([], () => this.board.importJson(json, origin));
  }

  updateShapes(patches: ShapePatch[]): void {
    if (patches.length === 0) return;
    this.write(undefined, () => this.board.updateShapes(patches));
  }

  deleteShapes(ids: readonly ShapeId[]): void {
    const deletable = ids.filter((id) => {
      const shape = this.index.get(id);
      return shape !== undefined && this.isDeletable(shape);
    });
    if (deletable.length === 0) return;
    this.write(undefined, () => this.board.deleteShapes(deletable));
  }

  setShapeText(id: ShapeId, text: string, size?: { width: number; height: number }): void {
    this.write(undefined, () => {
      this.board.setText(id, text);
      if (size) this.board.updateShapes([{ id, geom: size }]);
    });
  }

  /** Drops a text (or note) at a page point and opens it for typing; all one undo step. */
  writeTextAt(at: PagePoint, type: typeof ShapeType.text | typeof ShapeType.note): ShapeId | null {
    return this.text.writeAt(at, type);
  }

  /** After a drawing tool made a shape: select it and go back to the home tool. */
  completeShape(id: ShapeId): void {
    if (!this.state.toolLocked) this.setTool(this.homeToolId);
    this.setSelection([id]);
  }

  /** Opens a text or note in the in-place editor; its typing is one undo step. */
  editShape(id: ShapeId): void {
    this.text.edit(id);
  }

  stopEditing(): void {
    this.text.stop();
  }

  undo(): void {
    if (this.readOnly) return;
    this.cancel();
    this.history.undo();
  }

  redo(): void {
    if (this.readOnly) return;
    this.cancel();
    this.history.redo();
  }

  // ---- input ----

  /** A key press on the canvas (see InputDispatcher.keyDown). True when something handled it. */
  keyDown(event: KeyInput): boolean {
    return this.dispatcher.keyDown(event);
  }

  /** Breaks off the active gesture (Escape, a lost pointer). */
  cancel(): void {
    this.currentTool.cancel();
  }

  /** The canvas's resize/rotate handles were grabbed: the tool takes over the gesture. */
  grabHandles(): void {
    if (!this.readOnly) this.currentTool.handlesGrabbed();
  }

  releaseHandles(): void {
    this.currentTool.handlesReleased();
  }

  /** The one read-only check: a viewer's editor never writes to the document. */
  private write<T>(readOnlyResult: T, fn: () => T): T {
    if (this.readOnly) return readOnlyResult;
    return this.batch(fn);
  }
}
