import { createShape } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc, BoardImportError } from './board-doc.ts';

function boardWith(...types: Array<'rect' | 'note' | 'arrow'>) {
  const board = new BoardDoc(new Y.Doc());
  const shapes = types.map((type, i) =>
    createShape({
      type,
      index: `a${i}`,
      geom: {
        x: i * 10,
        width: 20,
        height: 20,
        ...(type === 'arrow' ? { points: [0, 0, 20, 20] } : {}),
      },
      text: type === 'note' ? 'remember' : undefined,
    }),
  );
  board.createShapes(shapes);
  return { board, shapes };
}

/** A shape without the fields import replaces. */
function content({ id: _id, index: _index, ...rest }: object & { id: string; index: string }) {
  return rest;
}

describe('exportJson and importJson', () => {
  it('round-trips shapes onto another board with fresh ids, above its shapes, in order', () => {
    const { board: source, shapes } = boardWith('rect', 'note', 'arrow');
    const { board: target, shapes: existing } = boardWith('rect', 'rect');

    const text = JSON.stringify(source.exportJson());
    const ids = target.importJson(text);

    expect(ids).toHaveLength(3);
    expect(ids.some((id) => shapes.some((s) => s.id === id))).toBe(false);
    const all = target.allShapes();
    expect(all.slice(0, 2)).toEqual(existing);
    expect(all.slice(2).map((s) => s.id)).toEqual(ids);
    expect(all.slice(2).map(content)).toEqual(shapes.map(content));
    expect(target.getText(ids[1])?.toString()).toBe('remember');
  });

  it('exports only the chosen shapes, bottom to top', () => {
    const { board, shapes } = boardWith('rect', 'note', 'arrow');
    const json = board.exportJson([shapes[2].id, shapes[0].id]);
    expect(json.shapes.map((s) => s.id)).toEqual([shapes[0].id, shapes[2].id]);
    expect(json).toMatchObject({ format: 'sketchroom/board', schemaVersion: 2 });
  });

  it('can paste into the same board twice', () => {
    const { board } = boardWith('rect');
    const json = board.exportJson();
    board.importJson(json);
    board.importJson(json);
    expect(board.allShapes()).toHaveLength(3);
  });

  it('rejects bad JSON with a clear error and adds nothing', () => {
    const { board } = boardWith('rect');
    expect(() => board.importJson('{not json')).toThrow(BoardImportError);
    expect(() => board.importJson('{not json')).toThrow(/^Not valid JSON/);
    expect(() => board.importJson({ elements: [] })).toThrow('"shapes" must be a list');
    const broken = board.exportJson();
    broken.shapes.push({ ...broken.shapes[0], style: { ...broken.shapes[0].style, opacity: 7 } });
    expect(() => board.importJson(broken)).toThrow(
      'Invalid board: shapes[1]: style.opacity must be a number between 0 and 1, got 7',
    );
    expect(board.allShapes()).toHaveLength(1);
  });

  it('imports nothing from an empty board', () => {
    const { board } = boardWith('rect');
    expect(board.importJson({ shapes: [] })).toEqual([]);
  });
});
