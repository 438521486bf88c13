import { pagePoint, screenPoint, zoomAt, type ScreenPoint } from '@sketchroom/geometry';
import type { ToolId } from '../tools/tool.ts';
import type { Editor } from './editor.ts';
import {
  dragThreshold,
  type InputState,
  type KeyInput,
  type PointerInput,
  type ToolPointerEvent,
} from './input.ts';

export interface WheelInput {
  point: ScreenPoint;
  deltaX: number;
  deltaY: number;
  /** Browsers report trackpad pinches as wheel events with ctrlKey set. */
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * Turns raw pointer, key and wheel input into tool events. Also owns the two
 * gestures every tool shares: space-drag and middle-button panning.
 */
export class EditorInput {
  readonly state: InputState;
  private middlePanning = false;
  /** The tool to go back to when the space bar is released. */
  private spaceReturnTool: ToolId | null = null;
  private spaceReleased = false;
  /** Whether the pointer is over the canvas (pastes land under it when it is). */
  isPointerOver = false;

  constructor(private readonly editor: Editor) {
    const origin = screenPoint(0, 0);
    this.state = {
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
    };
  }

  pointerDown(input: PointerInput): void {
    const event = this.track(input);
    const s = this.state;
    s.originScreen = input.point;
    s.originPage = event.page;
    s.previousPage = event.page;
    s.isPointerDown = true;
    s.isDragging = false;
    if (input.button === 1) {
      this.middlePanning = true;
      return;
    }
    this.editor.currentTool.current.onPointerDown(event);
  }

  pointerMove(input: PointerInput): void {
    const previousScreen = this.state.currentScreen;
    const event = this.track(input);
    const s = this.state;
    this.isPointerOver = true;
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
    this.editor.currentTool.current.onPointerMove(event);
  }

  pointerUp(input: PointerInput): void {
    const event = this.track(input);
    if (this.middlePanning) {
      this.middlePanning = false;
    } else {
      this.editor.currentTool.current.onPointerUp(event);
    }
    this.state.isPointerDown = false;
    this.state.isDragging = false;
    if (this.spaceReleased) this.endSpacePan();
  }

  /** The pointer left the canvas: peers stop seeing our cursor. */
  pointerLeave(): void {
    this.isPointerOver = false;
    this.editor.presence?.publishCursor(null);
  }

  /** The pointer was lost (touch cancelled, window blurred mid-drag). */
  pointerCancel(): void {
    this.middlePanning = false;
    if (this.state.isPointerDown) this.editor.cancel();
    this.state.isPointerDown = false;
    this.state.isDragging = false;
  }

  doubleClick(input: PointerInput): void {
    this.editor.currentTool.current.onDoubleClick(this.track(input));
  }

  /** Returns true when the tool or a shared gesture consumed the key. */
  keyDown(input: KeyInput): boolean {
    this.trackModifiers(input);
    if (input.code === 'Space' && !input.repeat) {
      this.startSpacePan();
      return true;
    }
    if (input.code === 'Space') return true;
    if (this.editor.currentTool.current.onKeyDown(input)) return true;
    if (input.key === 'Escape' && this.state.isPointerDown) {
      this.editor.cancel();
      return true;
    }
    return false;
  }

  keyUp(input: KeyInput): void {
    this.trackModifiers(input);
    if (input.code === 'Space') {
      this.spaceReleased = true;
      if (!this.state.isPointerDown) this.endSpacePan();
      return;
    }
    this.editor.currentTool.current.onKeyUp(input);
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
    if (this.spaceReturnTool !== null || this.editor.editingId !== null) return;
    const current = this.editor.state.toolId;
    if (current === 'hand') return;
    // Mid-gesture (e.g. drawing) the space bar must not yank the tool away.
    if (this.state.isPointerDown) return;
    this.spaceReturnTool = current;
    this.editor.setTool('hand');
  }

  private endSpacePan(): void {
    this.spaceReleased = false;
    const back = this.spaceReturnTool;
    this.spaceReturnTool = null;
    if (back !== null) this.editor.setTool(back);
  }

  private track(input: PointerInput): ToolPointerEvent {
    const s = this.state;
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
    const s = this.state;
    s.shiftKey = input.shiftKey;
    s.altKey = input.altKey;
    s.ctrlKey = input.ctrlKey;
    s.metaKey = input.metaKey;
  }
}
