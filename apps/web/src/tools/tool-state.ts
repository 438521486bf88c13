import type { ShapeId } from '@sketchroom/board-model';
import type { KeyInput, ToolPointerEvent } from '../editor/input.ts';
import type { ToolHost } from '../editor/tool-host.ts';
import type { ToolId } from './tool-id.ts';

/** What a state may hand to the next one when it transitions. */
export interface TransitionInfo {
  shapeId?: ShapeId;
  /** For select: whether the pressed shape was selected before the press. */
  wasSelected?: boolean;
  /** The state to return to when this one ends (e.g. after a temporary pan). */
  returnTo?: string;
}

/** The tool a state belongs to, as its states see it. */
export interface StateOwner {
  readonly id: ToolId;
  /** The active state (the one receiving events now). */
  readonly current: ToolState;
  transition(stateId: string, info?: TransitionInfo): void;
}

/**
 * One state of a tool's state machine. Handlers are no-ops by default so each
 * state only spells out the events it cares about.
 */
export abstract class ToolState {
  abstract readonly id: string;

  constructor(
    protected readonly editor: ToolHost,
    protected readonly tool: StateOwner,
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
  /** The editor opened a text or note for typing in this tool. */
  onEditingStarted(): void {}
  /** The editor closed the text being typed. */
  onEditingEnded(): void {}
  /** The canvas's resize/rotate handles were grabbed / let go. */
  onHandlesGrabbed(): void {}
  onHandlesReleased(): void {}
}

export type ToolStateClass = new (editor: ToolHost, tool: StateOwner) => ToolState;
