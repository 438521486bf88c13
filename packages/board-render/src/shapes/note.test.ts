import { createShape, type NoteShape } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import type { TextCommand } from '../commands.ts';
import { estimateWidth, LINE_HEIGHT } from '../text-layout.ts';
import { NOTE_PADDING, noteHeightFor, renderNote } from './note.ts';

const style = { stroke: '#1e1e1e', fill: '#ffec99', strokeWidth: 0, opacity: 1, fontSize: 10 };

describe('note growth', () => {
  // 200 wide: 168 of text at 6 units a character, 28 characters a line.
  it('needs its padding and one line height per wrapped line', () => {
    expect(noteHeightFor('short', 200, style, estimateWidth)).toBe(
      Math.ceil(10 * LINE_HEIGHT + NOTE_PADDING * 2),
    );
    const long = 'word '.repeat(40).trim();
    const lines = Math.ceil(40 / 5);
    expect(noteHeightFor(long, 200, style, estimateWidth)).toBe(
      Math.ceil(lines * 10 * LINE_HEIGHT + NOTE_PADDING * 2),
    );
  });

  it('a note grown to that height draws every line inside its paper', () => {
    const text = 'word '.repeat(40).trim();
    const height = noteHeightFor(text, 200, style, estimateWidth);
    const note = createShape({
      type: 'note',
      index: 'a0',
      geom: { x: 0, y: 0, width: 200, height, rotation: 0 },
      style,
      text,
    });
    const lines = renderNote(note as NoteShape, {
      theme: 'light',
      measureText: estimateWidth,
    }).filter((c): c is TextCommand => c.type === 'text');
    expect(lines.length).toBe(8);
    for (const line of lines) {
      expect(line.y + line.fontSize / 2).toBeLessThanOrEqual(height - NOTE_PADDING);
      expect(line.x + estimateWidth(line.text, line.fontSize)).toBeLessThanOrEqual(
        200 - NOTE_PADDING,
      );
    }
  });
});
