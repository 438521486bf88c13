/** Width of `text` drawn at `fontSize`, in the same units. */
export type MeasureText = (text: string, fontSize: number) => number;

export const FONT_FAMILY = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;

/** A width guess for when no canvas can measure (tests, servers). */
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
