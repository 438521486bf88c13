import type { BoardUndo } from '@sketchroom/board-yjs';

/**
 * Decides where undo steps begin and end. The undo manager is created with an
 * endless capture window, so nothing merges by timing: a step is exactly what
 * happens between `begin` and `end` (a whole drag, however slow), and a write
 * outside any group is a step of its own.
 */
export class UndoGrouping {
  private depth = 0;

  constructor(private readonly history: BoardUndo) {}

  get active(): boolean {
    return this.depth > 0;
  }

  begin(): void {
    if (this.depth === 0) this.history.stopCapturing();
    this.depth++;
  }

  end(): void {
    if (this.depth === 0) return;
    this.depth--;
    if (this.depth === 0) this.history.stopCapturing();
  }

  /** Runs `fn` as one step, or as part of the enclosing step. */
  run<T>(fn: () => T): T {
    this.begin();
    try {
      return fn();
    } finally {
      this.end();
    }
  }

  /** Drops any open group (the editor is being torn down or reset). */
  reset(): void {
    this.depth = 0;
    this.history.stopCapturing();
  }
}
