/** Code point ranges, inclusive, from a CSS `unicode-range` value (`U+0000-00FF, U+0131, U+02??`). */
export function parseUnicodeRange(value: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const part of value.split(',').slice(0, 1000)) {
    const m = /^\s*U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?\s*$/i.exec(part);
    if (!m) continue;
    const start = parseInt(m[1].replace(/\?/g, '0'), 16);
    const end = m[2] ? parseInt(m[2], 16) : parseInt(m[1].replace(/\?/g, 'F'), 16);
    ranges.push([start, end]);
  }
  return ranges;
}

/** True when every character of `text` (spaces aside) falls in one of the ranges. */
export function coversText(ranges: readonly [number, number][], text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20) continue;
    if (!ranges.some(([start, end]) => code >= start && code <= end)) return false;
  }
  return true;
}
