import type { ShapeId } from '@sketchroom/board-model';
import type { Editor } from '../editor/editor.ts';
import type { KeyInput, ToolPointerEvent } from '../editor/input.ts';
import type { Tool } from './tool.ts';

/** What a state may hand to the next one when it transitions. */
export interface TransitionInfo {
  shapeId?: ShapeId;
  /** For select: whether the pressed shape was selected before the press. */
  wasSelected?: boolean;
  /** The state to return to when this one ends (e.g. after a temporary pan). */
  returnTo?: string;
}

/**
 * One state of a tool's state machine. Handlers are no-ops by default so each
 * state only spells out the events it cares about.
 */
export abstract class ToolState {
  abstract readonly id: string;

  constructor(
    protected readonly editor: Editor,
    protected readonly tool: Tool,
  ) {}

  onEnter(_info: TransitionInfo): void {}
  onExit(): void {}
  onPointerDown(_event: ToolPointerEvent): void {}
  onPointerMove(_event: ToolPointerEvent): void {}
  onPointerUp(_event: ToolPointerEvent): void {}
  onDoubleClick(_event: ToolPointerEvent): void {}
  /** Returns true when the key was consumed, so no action runs for it. */
  onKeyDown(_event: KeyInput): boolean {
    return false;
  }
  onKeyUp(_event: KeyInput): void {}
  /** Escape, a cancelled pointer, or the editor breaking off the gesture. */
  onCancel(): void {}
}

export type ToolStateClass = new (editor: Editor, tool: Tool) => ToolState;
