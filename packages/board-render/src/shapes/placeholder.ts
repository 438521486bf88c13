import type { PathCommand, TextCommand } from '../commands.ts';
import { FONT_FAMILY } from '../text-layout.ts';
import { PLACEHOLDER_COLOR } from '../theme.ts';

const LABEL_SIZE = 12;
const LABEL_INSET = 6;

/** What cannot be drawn as itself (a newer client's type, an image not at hand): a labelled dashed box. */
export function placeholder(
  width: number,
  height: number,
  label: string,
): (PathCommand | TextCommand)[] {
  return [
    {
      type: 'path',
      geometry: { kind: 'rect', x: 0, y: 0, width, height, radius: 0 },
      fill: null,
      stroke: { color: PLACEHOLDER_COLOR, width: 1, dash: [6, 4] },
    },
    {
      type: 'text',
      text: label.slice(0, 40),
      x: LABEL_INSET,
      y: LABEL_INSET + LABEL_SIZE / 2,
      fontSize: LABEL_SIZE,
      fontFamily: FONT_FAMILY,
      color: PLACEHOLDER_COLOR,
    },
  ];
}
