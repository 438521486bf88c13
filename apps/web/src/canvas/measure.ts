import { FONT_FAMILY, type MeasureText } from '@sketchroom/board-render';

let context: CanvasRenderingContext2D | null = null;
const cache = new Map<string, number>();

export function fontFor(fontSize: number, family: string = FONT_FAMILY): string {
  return `${fontSize}px ${family}`;
}

/** Real text widths from an offscreen 2D context, cached (text layout runs every frame). */
export const measureText: MeasureText = (text, fontSize) => {
  const key = `${fontSize}|${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * fontSize * 0.6;
  context.font = fontFor(fontSize);
  const width = context.measureText(text).width;
  if (cache.size > 20_000) cache.clear();
  cache.set(key, width);
  return width;
};
