import type { PathSegment } from './commands.ts';

/** Numbers with at most two decimals, as SVG coordinates. */
export const n = (value: number) => String(Math.round(value * 100) / 100);

/** SVG path data for segments. */
export function pathData(segments: readonly PathSegment[]): string {
  return segments
    .map((s) => {
      switch (s.op) {
        case 'M':
        case 'L':
          return `${s.op}${n(s.x)},${n(s.y)}`;
        case 'Q':
          return `Q${n(s.cx)},${n(s.cy)} ${n(s.x)},${n(s.y)}`;
        case 'C':
          return `C${n(s.c1x)},${n(s.c1y)} ${n(s.c2x)},${n(s.c2y)} ${n(s.x)},${n(s.y)}`;
        case 'Z':
          return 'Z';
      }
    })
    .join(' ');
}
