import * as Y from 'yjs';
import type { BoardDoc } from './board-doc.ts';
import { Origin } from './origin.ts';

export interface UndoOptions {
  /** Most undo steps kept; the oldest are dropped beyond it. Default 100. */
  capacity?: number;
  /** Edits closer together than this (ms) merge into one step, so a drag is one step. Default 500. */
  captureTimeout?: number;
}

/** Undo and redo of this user's own edits to one board. */
export interface BoardUndo {
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Ends the current step: call when a new gesture starts, so it cannot merge with the last. */
  stopCapturing(): void;
  clear(): void;
  /** Called whenever canUndo or canRedo may have changed. */
  onChange(listener: () => void): () => void;
  destroy(): void;
}

/**
 * Tracks only transactions with origin `local` on the shapes map and the meta map
 * (title). Peers' edits, storage loads and imports are never undone here, and
 * undo never reverts another user's work. Undo and redo run with the Yjs undo
 * manager as origin, which BoardDoc reports as origin `undo`.
 */
export function createUndoManager(board: BoardDoc, options: UndoOptions = {}): BoardUndo {
  const capacity = Math.max(1, options.capacity ?? 100);
  const doc = board.doc;
  const manager = new Y.UndoManager([doc.getMap('shapes'), doc.getMap('meta')], {
    trackedOrigins: new Set<unknown>([Origin.local]),
    captureTimeout: options.captureTimeout ?? 500,
  });
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  manager.on('stack-item-added', (event) => {
    // Yjs keeps every step; the cap keeps a long session's memory bounded.
    const stack = event.type === 'undo' ? manager.undoStack : manager.redoStack;
    if (stack.length > capacity) stack.splice(0, stack.length - capacity);
    notify();
  });
  manager.on('stack-item-popped', notify);
  manager.on('stack-cleared', notify);

  return {
    undo: () => void manager.undo(),
    redo: () => void manager.redo(),
    canUndo: () => manager.canUndo(),
    canRedo: () => manager.canRedo(),
    stopCapturing: () => manager.stopCapturing(),
    clear: () => manager.clear(),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      listeners.clear();
      manager.clear();
      manager.destroy();
    },
  };
}
