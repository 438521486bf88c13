import type { Editor } from '../editor/editor.ts';
import type { ToolState, ToolStateClass, TransitionInfo } from './tool-state.ts';

export const ToolId = {
  select: 'select',
  hand: 'hand',
  rect: 'rect',
  ellipse: 'ellipse',
  diamond: 'diamond',
  line: 'line',
  arrow: 'arrow',
  pen: 'pen',
  text: 'text',
  note: 'note',
  eraser: 'eraser',
} as const;

export type ToolId = (typeof ToolId)[keyof typeof ToolId];

export interface ToolDefinition {
  id: ToolId;
  label: string;
  /** The single key that picks this tool. */
  key: string;
  /** CSS cursor over the canvas while the tool is idle. */
  cursor: string;
  /** The first state is where the tool starts. */
  states: readonly ToolStateClass[];
}

/** A running tool: its states, and the one that is active. */
export class Tool {
  private readonly states = new Map<string, ToolState>();
  private active: ToolState;

  constructor(
    private readonly editor: Editor,
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

  /** `select.translating`: what tests and the inspector look at. */
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

  /** Leaving the tool breaks off whatever gesture is under way. */
  exit(): void {
    this.active.onCancel();
    this.active.onExit();
    this.active = this.initialState();
  }

  private initialState(): ToolState {
    const first = this.states.values().next();
    if (first.done) throw new Error(`Tool ${this.id} has no states`);
    return first.value;
  }
}
