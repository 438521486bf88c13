/**
 * What drawing a shape produces: plain data in the shape's local box
 * (0,0)–(width,height), before its rotation and opacity, which the consumer
 * applies (a Konva node, an SVG group, a PDF page). Painters turn these into
 * Canvas 2D calls, SVG elements or anything else, and add no geometry of their own.
 */

export type PathSegment =
  | { op: 'M'; x: number; y: number }
  | { op: 'L'; x: number; y: number }
  | { op: 'Q'; cx: number; cy: number; x: number; y: number }
  /** A cubic Bézier through two control points (hand-drawn strokes are made of these). */
  | { op: 'C'; c1x: number; c1y: number; c2x: number; c2y: number; x: number; y: number }
  | { op: 'Z' };

export type PathGeometry =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; radius: number }
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  /** Straight segments through flat [x0, y0, x1, y1, …] points, closed back to the start or not. */
  | { kind: 'polyline'; points: readonly number[]; closed: boolean }
  | { kind: 'path'; segments: readonly PathSegment[] };

/** A stroke is always drawn with round joins and caps. */
export interface Stroke {
  color: string;
  width: number;
  /**
   * Dash and gap lengths; solid when absent. A dash of length 0 draws a round dot
   * (the caps are round), which is how dotted strokes are made.
   */
  dash?: readonly number[];
}

export interface Shadow {
  /** `#rrggbb`. */
  color: string;
  /** 0–1, the shadow's own opacity. */
  alpha: number;
  /** Blur radius as Canvas 2D's `shadowBlur` means it (about twice a Gaussian's deviation). */
  blur: number;
  offsetX: number;
  offsetY: number;
}

/** A filled and/or stroked outline. Fill is painted first; `null` means none. */
export interface PathCommand {
  type: 'path';
  geometry: PathGeometry;
  fill: string | null;
  stroke: Stroke | null;
  /** Extra opacity for this command alone, multiplied with the shape's. */
  opacity?: number;
  shadow?: Shadow;
}

/** One line of text, left-aligned at `x`; `y` is the vertical centre of its em box. */
export interface TextCommand {
  type: 'text';
  text: string;
  x: number;
  y: number;
  fontSize: number;
  fontFamily: string;
  color: string;
}

/** An uploaded picture stretched over its box; painters that cannot show it draw `fallback`. */
export interface ImageCommand {
  type: 'image';
  /** Content hash of the file; null when the shape has none yet. */
  asset: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  fallback: readonly (PathCommand | TextCommand)[];
}

export type DrawCommand = PathCommand | TextCommand | ImageCommand;

/**
 * Where the alphabetic baseline sits below a text command's `y`, in font sizes:
 * for painters that cannot centre text on its em box (SVG's `central` is not
 * supported everywhere).
 */
export const BASELINE_BELOW_CENTRE = 0.35;

/** `rgba(…)` for a shadow, as Canvas 2D's `shadowColor` wants it. */
export function shadowColor(shadow: Shadow): string {
  const hex = shadow.color.replace('#', '');
  const channel = (i: number) => parseInt(hex.slice(i, i + 2), 16) || 0;
  return `rgba(${channel(0)}, ${channel(2)}, ${channel(4)}, ${shadow.alpha})`;
}
