import { readFileSync } from 'node:fs';
import { FONT_FAMILY, HAND_FONT_FAMILY } from '@sketchroom/board-render';
import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { exportFonts, HAND_FAMILY, SANS_FAMILY } from './export-fonts.ts';

/** Dark pixels in a rasterised SVG of one word. */
function inkOf(family: string, fontFiles: string[]): number {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60">` +
    `<rect width="200" height="60" fill="#fff"/>` +
    `<text x="10" y="40" font-size="32" font-family="${family}">Sketch</text></svg>`;
  const pixels = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles,
      sansSerifFamily: SANS_FAMILY,
      cursiveFamily: HAND_FAMILY,
    },
  }).render().pixels;
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) ink++;
  return ink;
}

describe('export fonts', () => {
  it('unpacks each WOFF into a TrueType file with the same glyphs', () => {
    const fonts = exportFonts();
    for (const path of fonts.ttfPaths) {
      const ttf = readFileSync(path);
      expect(ttf.readUInt32BE(0)).toBe(0x00010000);
      const parsed = fontkit.create(ttf) as fontkit.Font;
      expect(parsed.numGlyphs).toBeGreaterThan(100);
      expect(parsed.familyName).toMatch(/DejaVu Sans|Caveat/);
    }
  });

  it('lets the rasteriser draw text in both font stacks, with nothing drawn without the files', () => {
    const { ttfPaths } = exportFonts();
    for (const family of [FONT_FAMILY, HAND_FONT_FAMILY]) {
      expect(inkOf(family.replace(/'/g, '&apos;'), ttfPaths)).toBeGreaterThan(200);
      expect(inkOf(family.replace(/'/g, '&apos;'), [])).toBe(0);
    }
  });

  it('measures text from the fonts themselves: the hand font runs narrower', () => {
    const { measureText } = exportFonts();
    const sans = measureText('Workshop notes', 20, FONT_FAMILY);
    const hand = measureText('Workshop notes', 20, HAND_FONT_FAMILY);
    expect(sans).toBeGreaterThan(120);
    expect(sans).toBeLessThan(200);
    expect(hand).toBeLessThan(sans * 0.8);
    expect(measureText('Workshop notes', 40, FONT_FAMILY)).toBeCloseTo(sans * 2, 5);
  });
});
