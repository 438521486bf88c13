import {
  ARROW_HEADS,
  createShape,
  FONT_FAMILIES,
  ROUGHNESS_LEVELS,
  ROUTINGS,
  SHAPE_TYPES,
  STROKE_STYLES,
  type Shape,
  type Style,
} from '@sketchroom/board-model';
import { geomFor } from './test-shapes.ts';

// Shapes in every schema-version-2 style choice, for the renderer, SVG and browser export
// tests. Each row is one combination; across the rows every choice of every field appears
// (every stroke style with every roughness, every head at each end, every routing, filled
// and not, both fonts), and every row is drawn for every shape type.

export type StyleRow = Required<
  Pick<Style, 'strokeStyle' | 'roughness' | 'fontFamily' | 'startHead' | 'endHead' | 'routing'>
> & { fill: string };

export const STYLE_ROWS: readonly StyleRow[] = STROKE_STYLES.flatMap((strokeStyle, s) =>
  ROUGHNESS_LEVELS.map((roughness, r) => {
    const i = s * ROUGHNESS_LEVELS.length + r;
    return {
      strokeStyle,
      roughness,
      fontFamily: FONT_FAMILIES[i % FONT_FAMILIES.length],
      startHead: ARROW_HEADS[i % ARROW_HEADS.length],
      endHead: ARROW_HEADS[(i + 2) % ARROW_HEADS.length],
      routing: ROUTINGS[(s + r) % ROUTINGS.length],
      fill: i % 2 === 0 ? '#a5d8ff' : 'transparent',
    };
  }),
);

/** Text for the types that show it: labels on rect, ellipse, diamond and arrow (v2). */
export const STYLE_TEXTS: Partial<Record<Shape['type'], string>> = {
  text: 'Hand & plain <text> Łódź',
  note: 'A note in the chosen font, long enough to wrap',
  rect: 'Rect label',
  ellipse: 'Ellipse label',
  diamond: 'Diamond',
  arrow: 'Arrow label',
};

export function styledShape(
  type: (typeof SHAPE_TYPES)[number],
  row: StyleRow,
  at: { x: number; y: number } = { x: 0, y: 0 },
  index = 'a0',
): Shape {
  const { fill, ...choices } = row;
  const shape = createShape({
    type,
    index,
    geom: { ...geomFor(type), ...at },
    style: { stroke: '#1e1e1e', fill, strokeWidth: 2, opacity: 1, ...choices },
    asset: type === 'image' ? 'sha256-notuploaded' : undefined,
  });
  // Set here, not through createShape: it gives text only to types whose defaults have it.
  const text = STYLE_TEXTS[type];
  return text === undefined ? shape : { ...shape, text };
}

/** Every head at the start against every head at the end, in every routing. */
export function everyArrow(): Shape[] {
  const shapes: Shape[] = [];
  for (const routing of ROUTINGS) {
    for (const startHead of ARROW_HEADS) {
      for (const endHead of ARROW_HEADS) {
        const i = shapes.length;
        const row: StyleRow = { ...STYLE_ROWS[0], startHead, endHead, routing };
        shapes.push(styledShape('arrow', row, { x: (i % 15) * 200, y: Math.floor(i / 15) * 150 }));
      }
    }
  }
  return shapes;
}

/** Every type in every style row, laid out in a grid (rows: styles; columns: types). */
export function everyStyledShape(): Shape[] {
  return STYLE_ROWS.flatMap((row, r) =>
    SHAPE_TYPES.map((type, t) => styledShape(type, row, { x: t * 200, y: r * 150 })),
  );
}
