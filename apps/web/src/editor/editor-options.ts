import type { Awareness } from 'y-protocols/awareness';
import type { BoardDoc } from '@sketchroom/board-yjs';
import type { KeyInput } from './input.ts';
import type { ToolSpec } from './tool-host.ts';

/** The app's commands as an editor uses them: a key press runs the one bound to it. */
export interface ShortcutRunnerOf<E> {
  /** Runs the command bound to this key press, if it may run now; true when one is bound. */
  runShortcut(editor: E, event: KeyInput): boolean;
}

export interface EditorOptionsOf<E> {
  board: BoardDoc;
  /**
   * The tools, in toolbar order. The first is the home tool: the editor returns to it
   * after a shape is drawn, and text editing happens in it.
   */
  tools: readonly ToolSpec[];
  /** The tool the space bar switches to while held (the hand); none turns that off. */
  panToolId?: string;
  /** The commands behind keyboard shortcuts (the action registry). */
  actions: ShortcutRunnerOf<E>;
  awareness?: Awareness | null;
  readOnly?: boolean;
  /** Injected in tests to control time-based throttling. */
  now?: () => number;
  undoCapacity?: number;
}
