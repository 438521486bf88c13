import type { Style } from './shape-record.ts';

export interface PaletteColor {
  name: string;
  /** Outline and text colour. */
  stroke: string;
  /** A translucent tint of the stroke: on white it reads as a pastel, on a dark
   * canvas as a deep tone, so one stored value suits both themes. */
  fill: string;
}

// Mid-tone strokes stay readable on both a white and a near-black canvas.
export const PALETTE: readonly PaletteColor[] = [
  { name: 'grey', stroke: '#868e96', fill: '#868e9633' },
  { name: 'red', stroke: '#e03131', fill: '#e0313133' },
  { name: 'orange', stroke: '#f76707', fill: '#f7670733' },
  { name: 'yellow', stroke: '#f59f00', fill: '#f59f0033' },
  { name: 'green', stroke: '#2f9e44', fill: '#2f9e4433' },
  { name: 'teal', stroke: '#0c8599', fill: '#0c859933' },
  { name: 'blue', stroke: '#1c7ed6', fill: '#1c7ed633' },
  { name: 'violet', stroke: '#7048e8', fill: '#7048e833' },
];

export const NO_FILL = 'transparent';

export const DEFAULT_FONT_SIZE = 20;

export const DEFAULT_STYLE: Readonly<Style> = {
  stroke: PALETTE[0].stroke,
  fill: NO_FILL,
  strokeWidth: 2,
  opacity: 1,
};
