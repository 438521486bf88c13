import type { ShapeId } from '@sketchroom/board-model';
import {
  pagePoint,
  screenPoint,
  zoomAt,
  type Camera,
  type PagePoint,
  type ScreenPoint,
  type Vec,
} from '@sketchroom/geometry';
import {
  dragThreshold,
  type KeyInput,
  type PointerInput,
  type PointerState,
  type ToolPointerEvent,
} from './input.ts';
import type { ToolMachine } from './tool-host.ts';

export interface WheelInput {
  point: ScreenPoint;
  deltaX: number;
  deltaY: number;
  /** Browsers report trackpad pinches as wheel events with ctrlKey set. */
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** What the dispatcher needs from the editor. */
export interface InputHost {
  readonly currentTool: ToolMachine;
  readonly camera: Camera;
  readonly editingId: ShapeId | null;
  readonly state: { readonly helpOpen: boolean };
  readonly presence: { publishCursor(point: PagePoint | null): void } | null;
  screenToPage(point: ScreenPoint): PagePoint;
  setCamera(camera: Camera): void;
  panBy(screenDelta: Vec): void;
  setTool(id: string): void;
  setHelpOpen(open: boolean): void;
  cancel(): void;
}

/** Runs the shortcut a key press names; true when one ran. */
export type ShortcutHandler = (input: KeyInput) => boolean;

/**
 * Turns raw pointer, key and wheel input into tool events. Also owns the two
 * gestures every tool shares: space-drag (into the pan tool) and middle-button panning.
 */
export class InputDispatcher {
  readonly pointer: PointerState;
  private middlePanning = false;
  /** The tool to go back to when the space bar is released. */
  private spaceReturnTool: string | null = null;
  private spaceReleased = false;

  constructor(
    private readonly editor: InputHost,
    /** The tool the space bar switches to while held; null turns space-panning off. */
    private readonly panToolId: string | null,
    private readonly shortcuts: ShortcutHandler = () => false,
  ) {
    const origin = screenPoint(0, 0);
    this.pointer = {
      originScreen: origin,
      originPage: pagePoint(0, 0),
      currentScreen: origin,
      currentPage: pagePoint(0, 0),
      previousPage: pagePoint(0, 0),
      isPointerDown: false,
      isDragging: false,
      pointerType: 'mouse',
      pressure: 0.5,
      shiftKey: false,
      altKey: false,
      ctrlKey: false,
      metaKey: false,
      isOverCanvas: false,
    };
  }

  pointerDown(input: PointerInput): void {
    const event = this.track(input);
    const s = this.pointer;
    s.originScreen = input.point;
    s.originPage = event.page;
    s.previousPage = event.page;
    s.isPointerDown = true;
    s.isDragging = false;
    if (input.button === 1) {
      this.middlePanning = true;
      return;
    }
    this.editor.currentTool.pointerDown(event);
  }

  pointerMove(input: PointerInput): void {
    const previousScreen = this.pointer.currentScreen;
    const event = this.track(input);
    const s = this.pointer;
    s.isOverCanvas = true;
    this.editor.presence?.publishCursor(event.page);
    if (this.middlePanning) {
      this.editor.panBy({
        x: input.point.x - previousScreen.x,
        y: input.point.y - previousScreen.y,
      });
      return;
    }
    if (s.isPointerDown && !s.isDragging) {
      const moved = Math.hypot(input.point.x - s.originScreen.x, input.point.y - s.originScreen.y);
      if (moved >= dragThreshold(input.pointerType)) s.isDragging = true;
    }
    this.editor.currentTool.pointerMove(event);
  }

  pointerUp(input: PointerInput): void {
    const event = this.track(input);
    if (this.middlePanning) {
      this.middlePanning = false;
    } else {
      this.editor.currentTool.pointerUp(event);
    }
    this.pointer.isPointerDown = false;
    this.pointer.isDragging = false;
    if (this.spaceReleased) this.endSpacePan();
  }

  /** The pointer left the canvas: peers stop seeing our cursor. */
  pointerLeave(): void {
    this.pointer.isOverCanvas = false;
    this.editor.presence?.publishCursor(null);
  }

  /** The pointer was lost (touch cancelled, window blurred mid-drag). */
  pointerCancel(): void {
    this.middlePanning = false;
    if (this.pointer.isPointerDown) this.editor.cancel();
    this.pointer.isPointerDown = false;
    this.pointer.isDragging = false;
  }

  doubleClick(input: PointerInput): void {
    this.editor.currentTool.doubleClick(this.track(input));
  }

  /**
   * A key press on the canvas: an open help panel closes on Escape; then the active tool
   * sees it (Escape ends a gesture, Enter opens text), then the shortcuts, which wait while
   * a gesture is under way. True when something handled it.
   */
  keyDown(input: KeyInput): boolean {
    if (input.key === 'Escape' && this.editor.state.helpOpen) {
      this.editor.setHelpOpen(false);
      return true;
    }
    if (this.toolKeyDown(input)) return true;
    if (this.pointer.isPointerDown) return false;
    return this.shortcuts(input);
  }

  /** True when the tool or a shared gesture consumed the key. */
  private toolKeyDown(input: KeyInput): boolean {
    this.trackModifiers(input);
    if (input.code === 'Space' && !input.repeat) {
      this.startSpacePan();
      return true;
    }
    if (input.code === 'Space') return true;
    if (this.editor.currentTool.keyDown(input)) return true;
    if (input.key === 'Escape' && this.pointer.isPointerDown) {
      this.editor.cancel();
      return true;
    }
    return false;
  }

  keyUp(input: KeyInput): void {
    this.trackModifiers(input);
    if (input.code === 'Space') {
      this.spaceReleased = true;
      if (!this.pointer.isPointerDown) this.endSpacePan();
      return;
    }
    this.editor.currentTool.keyUp(input);
  }

  /** Scroll pans; Ctrl/Cmd+scroll and trackpad pinch zoom about the pointer. */
  wheel(input: WheelInput): void {
    const editor = this.editor;
    if (input.ctrlKey || input.metaKey) {
      // Clamp one event's effect so a coarse mouse wheel does not jump.
      const delta = Math.max(-50, Math.min(50, input.deltaY));
      editor.setCamera(zoomAt(editor.camera, input.point, Math.exp(-delta / 100)));
      return;
    }
    // A mouse wheel with Shift scrolls sideways.
    const horizontal = input.shiftKey && input.deltaX === 0;
    const dx = horizontal ? input.deltaY : input.deltaX;
    const dy = horizontal ? 0 : input.deltaY;
    editor.panBy({ x: -dx, y: -dy });
  }

  private startSpacePan(): void {
    this.spaceReleased = false;
    if (this.panToolId === null) return;
    if (this.spaceReturnTool !== null || this.editor.editingId !== null) return;
    const current = this.editor.currentTool.id;
    if (current === this.panToolId) return;
    // Mid-gesture (e.g. drawing) the space bar must not yank the tool away.
    if (this.pointer.isPointerDown) return;
    this.spaceReturnTool = current;
    this.editor.setTool(this.panToolId);
  }

  private endSpacePan(): void {
    this.spaceReleased = false;
    const back = this.spaceReturnTool;
    this.spaceReturnTool = null;
    if (back !== null) this.editor.setTool(back);
  }

  private track(input: PointerInput): ToolPointerEvent {
    const s = this.pointer;
    const page = this.editor.screenToPage(input.point);
    s.previousPage = s.currentPage;
    s.currentScreen = input.point;
    s.currentPage = page;
    s.pointerType = input.pointerType;
    s.pressure = input.pressure;
    this.trackModifiers(input);
    return { ...input, page };
  }

  private trackModifiers(input: PointerInput | KeyInput): void {
    const s = this.pointer;
    s.shiftKey = input.shiftKey;
    s.altKey = input.altKey;
    s.ctrlKey = input.ctrlKey;
    s.metaKey = input.metaKey;
  }
}
