import { strokeStyleOf, type Style } from '@sketchroom/board-model';

/**
 * The dash pattern of a stroke style at a stroke width, or undefined for solid.
 * Lengths grow with the width so a bold dashed line still reads as dashed: the
 * round caps add half a width at each end of a dash, so the gaps leave room for
 * them. Dotted is a dash of length 0, which round caps turn into round dots.
 */
export function dashFor(style: Style, strokeWidth: number): number[] | undefined {
  const width = Math.max(0, strokeWidth);
  switch (strokeStyleOf(style)) {
    case 'solid':
      return undefined;
    case 'dashed':
      return [width * 3 + 4, width * 2 + 4];
    case 'dotted':
      return [0, width * 2 + 3];
  }
}
