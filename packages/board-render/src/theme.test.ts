import { createShape, type NoteShape } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import type { TextCommand } from './commands.ts';
import { renderShape } from './shapes/index.ts';
import { estimateWidth } from './text-layout.ts';
import { fillAlpha, isPaper } from './theme.ts';

describe('fills as paper', () => {
  it('reads the alpha of every colour form', () => {
    expect(fillAlpha('transparent')).toBe(0);
    expect(fillAlpha('#ffec99')).toBe(1);
    expect(fillAlpha('#fff')).toBe(1);
    expect(fillAlpha('#1c7ed633')).toBeCloseTo(0.2);
    expect(fillAlpha('#fff8')).toBeCloseTo(0.533, 2);
    expect(fillAlpha('rgba(10, 20, 30, 0.25)')).toBe(0.25);
    expect(fillAlpha('hsla(10 20% 30% / 70%)')).toBeCloseTo(0.7);
    expect(fillAlpha('rgba(1, 2, 3, nonsense)')).toBe(1);
    expect(fillAlpha('white')).toBe(1);
    expect(isPaper('#1c7ed633')).toBe(false);
    expect(isPaper('#ffc9c9')).toBe(true);
  });

  it('draws a note’s text readable in the dark theme whether or not it has paper', () => {
    for (const fill of ['#ffec99', 'transparent', '#f59f0033']) {
      const note = createShape({
        type: 'note',
        index: 'a0',
        geom: { width: 200, height: 100 },
        style: { fill, stroke: '#1e1e1e' },
        text: 'hello',
      }) as NoteShape;
      const text = renderShape(note, { theme: 'dark', measureText: estimateWidth }).find(
        (c): c is TextCommand => c.type === 'text',
      );
      expect(text?.color).toBe(isPaper(fill) ? '#1e1e1e' : '#e7e7ea');
    }
  });
});
