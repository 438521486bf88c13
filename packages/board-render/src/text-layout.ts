import type { TextCommand } from './commands.ts';

/**
 * Width of `text` drawn at `fontSize` in the CSS font stack `fontFamily` (the
 * plain FONT_FAMILY when absent), in the same units. Layout here always passes
 * the family; a measure that knows one font only may ignore it.
 */
export type MeasureText = (text: string, fontSize: number, fontFamily?: string) => number;

export const FONT_FAMILY = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;

/** Line height as a multiple of the font size, for text, notes and labels alike. */
export const LINE_HEIGHT = 1.25;

/** A width guess for when nothing can measure (tests, a server without fonts). */
export const estimateWidth: MeasureText = (text, fontSize) => text.length * fontSize * 0.6;

/** What text is set in: a size in page units and a CSS font stack. */
export interface TextFont {
  size: number;
  family: string;
}

/**
 * Splits text into the lines to draw: at newlines, and (with a max width) at
 * word boundaries, breaking words that are longer than a line by themselves.
 * The same rules as a `pre-wrap` text area with `overflow-wrap: break-word`,
 * so the in-place editor wraps where the canvas does.
 */
export function layoutLines(
  text: string,
  fontSize: number,
  maxWidth: number | null,
  measure: MeasureText,
  fontFamily: string = FONT_FAMILY,
): string[] {
  const paragraphs = text.split('\n');
  if (maxWidth === null) return paragraphs;
  const width = (s: string) => measure(s, fontSize, fontFamily);
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    const words = paragraph.split(/(\s+)/);
    let line = '';
    for (const word of words) {
      const candidate = line + word;
      if (line === '' || width(candidate.trimEnd()) <= maxWidth) {
        line = candidate;
        continue;
      }
      lines.push(line.trimEnd());
      line = word.trimStart();
      // A single word wider than the box is cut into pieces that fit.
      while (line.length > 1 && width(line) > maxWidth) {
        let cut = line.length - 1;
        while (cut > 1 && width(line.slice(0, cut)) > maxWidth) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** Height of `lineCount` lines of text at `fontSize`. */
export function linesHeight(lineCount: number, fontSize: number): number {
  return lineCount * fontSize * LINE_HEIGHT;
}

/**
 * The box a text shape needs: its widest line (a little more, so the last glyph
 * is never cut) by its lines' height. At least half an em wide when empty.
 */
export function textShapeSize(
  text: string,
  font: TextFont,
  measure: MeasureText,
): { width: number; height: number } {
  const lines = text.split('\n');
  const widest = Math.max(font.size * 0.5, ...lines.map((l) => measure(l, font.size, font.family)));
  return { width: Math.ceil(widest + 2), height: linesHeight(lines.length, font.size) };
}

export interface TextBlock {
  text: string;
  fontSize: number;
  /** CSS font stack; the plain sans-serif when absent. */
  fontFamily?: string;
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
  const fontFamily = block.fontFamily ?? FONT_FAMILY;
  const lineHeight = fontSize * LINE_HEIGHT;
  const lines = layoutLines(block.text, fontSize, block.maxWidth, block.measure, fontFamily);
  return lines.map((line, i) => ({
    type: 'text',
    text: line,
    x: inset,
    y: inset + i * lineHeight + lineHeight / 2,
    fontSize,
    fontFamily,
    color: block.color,
  }));
}
