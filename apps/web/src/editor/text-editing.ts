import {
  hasLabel,
  hasText,
  ShapeType,
  type Geom,
  type Shape,
  type ShapeId,
} from '@sketchroom/board-model';
import type { PagePoint } from '@sketchroom/geometry';
import { noteGeomAt, styleForNew, textGeomAt } from './new-shapes.ts';
import type { Session } from './session.ts';
import type { Store } from './store.ts';
import type { ToolMachine } from './tool-host.ts';
import type { UndoGrouping } from './undo-grouping.ts';

/** What in-place text editing needs of the editor. */
export interface TextEditingHost {
  readonly readOnly: boolean;
  readonly state: Session;
  readonly session: Store<Session>;
  readonly homeToolId: string;
  readonly currentTool: ToolMachine;
  getShape(id: ShapeId): Shape | undefined;
  createShape(type: ShapeType, geom: Partial<Geom>, text?: string): ShapeId | null;
  deleteShapes(ids: readonly ShapeId[]): void;
  setTool(id: string): void;
  setSelection(ids: readonly ShapeId[]): void;
}

/** Typing into a text or note in place: one undo step from opening it to closing it. */
export class TextEditing {
  constructor(
    private readonly editor: TextEditingHost,
    private readonly grouping: UndoGrouping,
  ) {}

  /** Drops a text (or note) at a page point and opens it for typing; all one undo step. */
  writeAt(at: PagePoint, type: typeof ShapeType.text | typeof ShapeType.note): ShapeId | null {
    const { editor } = this;
    if (editor.readOnly) return null;
    this.stop();
    this.grouping.begin();
    const geom =
      type === ShapeType.note
        ? noteGeomAt(at)
        : textGeomAt(at, styleForNew(type, editor.state.nextStyle).fontSize);
    const id = editor.createShape(type, geom, '');
    if (id) this.open(id);
    else this.grouping.end();
    return id;
  }

  /** Opens a text or note, or the label of a rect, ellipse, diamond or arrow, for typing. */
  edit(id: ShapeId): void {
    const shape = this.editor.getShape(id);
    if (this.editor.readOnly || !shape || !(hasText(shape.type) || hasLabel(shape.type))) return;
    this.stop();
    this.grouping.begin();
    this.open(id);
  }

  stop(): void {
    const { editor } = this;
    const id = editor.state.editingId;
    if (id === null) return;
    editor.session.update({ editingId: null });
    const shape = editor.getShape(id);
    // An empty text box is a slip of the pointer, not content: drop it.
    if (shape?.type === ShapeType.text && (shape.text ?? '').trim() === '') {
      editor.deleteShapes([id]);
    }
    this.grouping.end();
    editor.currentTool.editingEnded();
  }

  /** Someone else deleted the shape being edited: let go of it without fuss. */
  dropRemoved(removed: ReadonlySet<string>): void {
    const id = this.editor.state.editingId;
    if (!id || !removed.has(id)) return;
    this.editor.session.update({ editingId: null });
    this.grouping.end();
    this.editor.currentTool.editingEnded();
  }

  private open(id: ShapeId): void {
    const { editor } = this;
    editor.setTool(editor.homeToolId);
    editor.setSelection([id]);
    editor.session.update({ editingId: id });
    editor.currentTool.editingStarted();
  }
}
