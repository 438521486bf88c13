import { describe, expect, it } from 'vitest';
import {
  estimateWidth,
  FONT_FAMILY,
  layoutLines,
  LINE_HEIGHT,
  textCommands,
  textShapeSize,
} from './text-layout.ts';

// estimateWidth: 0.6 font sizes per character, so at size 10 each character is 6 units wide.

describe('layoutLines', () => {
  it('breaks only at newlines without a width', () => {
    expect(layoutLines('one two\nthree', 10, null, estimateWidth)).toEqual(['one two', 'three']);
  });

  it('wraps at word boundaries to fit the width, dropping the space at the break', () => {
    expect(layoutLines('aaa bbb ccc', 10, 45, estimateWidth)).toEqual(['aaa bbb', 'ccc']);
    expect(layoutLines('aaa bbb ccc', 10, 30, estimateWidth)).toEqual(['aaa', 'bbb', 'ccc']);
  });

  it('cuts a word longer than a line into pieces that fit', () => {
    const lines = layoutLines('ab abcdefghij', 10, 24, estimateWidth);
    expect(lines).toEqual(['ab', 'abcd', 'efgh', 'ij']);
  });

  it('keeps empty lines', () => {
    expect(layoutLines('a\n\nb', 10, 100, estimateWidth)).toEqual(['a', '', 'b']);
  });
});

describe('textCommands', () => {
  it('places one command per line, centred on each line box, from the inset', () => {
    const commands = textCommands({
      text: 'aaa bbb',
      fontSize: 10,
      color: '#123456',
      inset: 4,
      maxWidth: 20,
      measure: estimateWidth,
    });
    const lineHeight = 10 * LINE_HEIGHT;
    expect(commands.map((c) => [c.text, c.x, c.y])).toEqual([
      ['aaa', 4, 4 + lineHeight / 2],
      ['bbb', 4, 4 + lineHeight * 1.5],
    ]);
    expect(commands[0].color).toBe('#123456');
  });

  it('draws nothing for empty text', () => {
    const block = {
      text: '',
      fontSize: 10,
      color: '#000',
      inset: 0,
      maxWidth: null,
      measure: estimateWidth,
    };
    expect(textCommands(block)).toEqual([]);
  });
});

describe('fonts in layout', () => {
  it('measures in the family it is given, so a wider font wraps sooner', () => {
    // A "hand" font twice as wide as the estimate.
    const measure = (t: string, size: number, family?: string) =>
      estimateWidth(t, size) * (family === 'hand' ? 2 : 1);
    expect(layoutLines('aaa bbb', 10, 45, measure)).toEqual(['aaa bbb']);
    expect(layoutLines('aaa bbb', 10, 45, measure, 'hand')).toEqual(['aaa', 'bbb']);
    const commands = textCommands({
      text: 'aaa bbb',
      fontSize: 10,
      fontFamily: 'hand',
      color: '#000',
      inset: 0,
      maxWidth: 45,
      measure,
    });
    expect(commands.map((c) => [c.text, c.fontFamily])).toEqual([
      ['aaa', 'hand'],
      ['bbb', 'hand'],
    ]);
  });

  it('sizes a text box to its widest line and its lines, whatever the font size', () => {
    const plain = { size: 10, family: FONT_FAMILY };
    expect(textShapeSize('ab\nabcd', plain, estimateWidth)).toEqual({
      width: 24 + 2,
      height: 2 * 10 * LINE_HEIGHT,
    });
    // "Styled t": a bigger font needs a wider box, measured, never the old width.
    const big = textShapeSize('Styled text', { size: 40, family: FONT_FAMILY }, estimateWidth);
    expect(big.width).toBe(Math.ceil(11 * 24 + 2));
    expect(textShapeSize('', plain, estimateWidth)).toEqual({ width: 7, height: 12.5 });
  });
});
