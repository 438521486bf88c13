import type { KeyInput, ToolPointerEvent } from '../editor/input.ts';
import type { ToolHost, ToolMachine, ToolSpec } from '../editor/tool-host.ts';
import type { ToolId } from './tool-id.ts';
import type { StateOwner, ToolState, ToolStateClass, TransitionInfo } from './tool-state.ts';

export interface ToolDefinition {
  id: ToolId;
  label: string;
  /** The single key that picks this tool. */
  key: string;
  /** CSS cursor over the canvas while the tool is idle. */
  cursor: string;
  /** Usable on a view-only board (it never writes). */
  readOnlySafe?: boolean;
  /** The first state is where the tool starts. */
  states: readonly ToolStateClass[];
}

/** A tool's definition as the editor takes it: the state machine is built per editor. */
export function defineTool(definition: ToolDefinition): ToolSpec {
  return {
    id: definition.id,
    label: definition.label,
    key: definition.key,
    cursor: definition.cursor,
    readOnlySafe: definition.readOnlySafe ?? false,
    create: (host) => new Tool(host, definition),
  };
}

/** A running tool: its states, and the one that is active. Events go to the active state. */
export class Tool implements ToolMachine, StateOwner {
  private readonly states = new Map<string, ToolState>();
  private active: ToolState;

  constructor(
    private readonly editor: ToolHost,
    readonly definition: ToolDefinition,
  ) {
    for (const State of definition.states) {
      const state = new State(editor, this);
      this.states.set(state.id, state);
    }
    this.active = this.initialState();
  }

  get id(): ToolId {
    return this.definition.id;
  }

  get current(): ToolState {
    return this.active;
  }

  get path(): string {
    return `${this.definition.id}.${this.active.id}`;
  }

  transition(stateId: string, info: TransitionInfo = {}): void {
    const next = this.states.get(stateId);
    if (!next) throw new Error(`Tool ${this.id} has no state "${stateId}"`);
    this.active.onExit();
    this.active = next;
    this.editor.notifyToolState();
    next.onEnter(info);
  }

  enter(): void {
    this.active = this.initialState();
    this.active.onEnter({});
  }

  exit(): void {
    this.active.onCancel();
    this.active.onExit();
    this.active = this.initialState();
  }

  pointerDown(event: ToolPointerEvent): void {
    this.active.onPointerDown(event);
  }

  pointerMove(event: ToolPointerEvent): void {
    this.active.onPointerMove(event);
  }

  pointerUp(event: ToolPointerEvent): void {
    this.active.onPointerUp(event);
  }

  doubleClick(event: ToolPointerEvent): void {
    this.active.onDoubleClick(event);
  }

  keyDown(event: KeyInput): boolean {
    return this.active.onKeyDown(event);
  }

  keyUp(event: KeyInput): void {
    this.active.onKeyUp(event);
  }

  cancel(): void {
    this.active.onCancel();
  }

  editingStarted(): void {
    this.active.onEditingStarted();
  }

  editingEnded(): void {
    this.active.onEditingEnded();
  }

  handlesGrabbed(): void {
    this.active.onHandlesGrabbed();
  }

  handlesReleased(): void {
    this.active.onHandlesReleased();
  }

  private initialState(): ToolState {
    const first = this.states.values().next();
    if (first.done) throw new Error(`Tool ${this.id} has no states`);
    return first.value;
  }
}
