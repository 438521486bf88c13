import { describe, expect, it } from 'vitest';
import { estimateWidth, layoutLines, LINE_HEIGHT, textCommands } from './text-layout.ts';

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
