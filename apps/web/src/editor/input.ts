import type { PagePoint, ScreenPoint } from '@sketchroom/geometry';

export type PointerKind = 'mouse' | 'pen' | 'touch';

export interface Modifiers {
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** A pointer event as the editor receives it: already relative to the canvas. */
export interface PointerInput extends Modifiers {
  point: ScreenPoint;
  /** 0 primary, 1 middle, 2 secondary, as in DOM `PointerEvent.button`. */
  button: number;
  pointerId: number;
  pointerType: PointerKind;
  /** 0..1; mice report 0.5 while pressed. */
  pressure: number;
}

/** What a tool state sees: the input plus its page position. */
export interface ToolPointerEvent extends PointerInput {
  page: PagePoint;
}

export interface KeyInput extends Modifiers {
  key: string;
  code: string;
  repeat: boolean;
}

/** Ctrl on Windows/Linux, Cmd on macOS: either one counts. */
export function isAccel(m: Modifiers): boolean {
  return m.ctrlKey || m.metaKey;
}

/** Pointer bookkeeping shared by all tool states (where the gesture began, where it is). */
export interface PointerState extends Modifiers {
  originScreen: ScreenPoint;
  originPage: PagePoint;
  currentScreen: ScreenPoint;
  currentPage: PagePoint;
  previousPage: PagePoint;
  isPointerDown: boolean;
  /** True once the pointer moved past the drag threshold since going down. */
  isDragging: boolean;
  pointerType: PointerKind;
  pressure: number;
  /** Whether the pointer is over the canvas (pastes land under it when it is). */
  isOverCanvas: boolean;
}

/** Screen pixels the pointer must travel before a press becomes a drag. */
export function dragThreshold(kind: PointerKind): number {
  return kind === 'touch' ? 6 : 3;
}
