import type { Style } from './shape-record.ts';

// The choices of the schema-version-2 style fields, first one the default. The
// readers below turn an absent or unknown stored value (a newer client's) into
// the default, so every renderer draws the same thing for it.

export const STROKE_STYLES = ['solid', 'dashed', 'dotted'] as const;
export type StrokeStyle = (typeof STROKE_STYLES)[number];

export const FONT_FAMILIES = ['sans', 'hand'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

export const ARROW_HEADS = ['none', 'arrow', 'triangle', 'dot', 'bar'] as const;
export type ArrowHead = (typeof ARROW_HEADS)[number];

export const ROUTINGS = ['straight', 'curved', 'elbow'] as const;
export type Routing = (typeof ROUTINGS)[number];

/** 0 clean, 1 hand-drawn, 2 very hand-drawn. */
export const ROUGHNESS_LEVELS = [0, 1, 2] as const;

function pick<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

export function strokeStyleOf(style: Style): StrokeStyle {
  return pick(STROKE_STYLES, style.strokeStyle, 'solid');
}

export function fontFamilyOf(style: Style): FontFamily {
  return pick(FONT_FAMILIES, style.fontFamily, 'sans');
}

export function roughnessOf(style: Style): number {
  const value = style.roughness;
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(2, Math.max(0, value)) : 0;
}

/** An arrow's heads: none at the start and an arrow at the end unless the style says otherwise. */
export function headsOf(style: Style): { start: ArrowHead; end: ArrowHead } {
  return {
    start: pick(ARROW_HEADS, style.startHead, 'none'),
    end: pick(ARROW_HEADS, style.endHead, 'arrow'),
  };
}

export function routingOf(style: Style): Routing {
  return pick(ROUTINGS, style.routing, 'straight');
}
