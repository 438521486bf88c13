import type { TextCommand } from './commands.ts';

/** Width of `text` drawn at `fontSize` in FONT_FAMILY, in the same units. */
export type MeasureText = (text: string, fontSize: number) => number;

export const FONT_FAMILY = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;

/** Line height as a multiple of the font size, for text and notes alike. */
export const LINE_HEIGHT = 1.25;

/** A width guess for when nothing can measure (tests, a server without fonts). */
export const estimateWidth: MeasureText = (text, fontSize) => text.length * fontSize * 0.6;

/**
 * Splits text into the lines to draw: at newlines, and (with a max width) at
 * word boundaries, breaking words that are longer than a line by themselves.
 */
export function layoutLines(
  text: string,
  fontSize: number,
  maxWidth: number | null,
  measure: MeasureText,
): string[] {
  const paragraphs = text.split('\n');
  if (maxWidth === null) return paragraphs;
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    const words = paragraph.split(/(\s+)/);
    let line = '';
    for (const word of words) {
      const candidate = line + word;
      if (line === '' || measure(candidate.trimEnd(), fontSize) <= maxWidth) {
        line = candidate;
        continue;
      }
      lines.push(line.trimEnd());
      line = word.trimStart();
      // A single word wider than the box is cut into pieces that fit.
      while (line.length > 1 && measure(line, fontSize) > maxWidth) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut), fontSize) > maxWidth) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

export interface TextBlock {
  text: string;
  fontSize: number;
  color: string;
  /** Distance of the first line from the top-left corner, on both axes. */
  inset: number;
  /** Wrap width; null wraps only at newlines. */
  maxWidth: number | null;
  measure: MeasureText;
}

/** One text command per laid-out line, top to bottom; nothing for empty text. */
export function textCommands(block: TextBlock): TextCommand[] {
  if (block.text === '') return [];
  const { fontSize, inset } = block;
  const lineHeight = fontSize * LINE_HEIGHT;
  return layoutLines(block.text, fontSize, block.maxWidth, block.measure).map((line, i) => ({
    type: 'text',
    text: line,
    x: inset,
    y: inset + i * lineHeight + lineHeight / 2,
    fontSize,
    fontFamily: FONT_FAMILY,
    color: block.color,
  }));
}
