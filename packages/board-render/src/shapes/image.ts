import type { ImageShape } from '@sketchroom/board-model';
import type { DrawCommand } from '../commands.ts';
import { placeholder } from './placeholder.ts';

/** The picture over the whole box; a labelled box wherever the file is not at hand. */
export function renderImage(shape: ImageShape): DrawCommand[] {
  const { width, height } = shape.geom;
  return [
    {
      type: 'image',
      asset: shape.asset ?? null,
      x: 0,
      y: 0,
      width,
      height,
      fallback: placeholder(width, height, 'image'),
    },
  ];
}
