import { SHAPE_TYPES } from '@sketchroom/board-model';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { HAND_FONT_NAME } from './fonts.ts';
import { everyArrow, everyStyledShape, STYLE_ROWS, styledShape } from './style-cases.ts';
import { shapesToSvg, type SvgOptions } from './svg.ts';
import { estimateWidth } from './text-layout.ts';

const FONT = [
  { url: 'data:font/woff2;base64,AAAA', format: 'woff2', unicodeRange: 'U+0000-00FF, U+2000-206F' },
  { url: 'data:font/woff2;base64,BBBB', format: 'woff2' },
];

function svgOf(shapes: Parameters<typeof shapesToSvg>[0], extra: Partial<SvgOptions> = {}) {
  const result = shapesToSvg(shapes, { theme: 'light', measureText: estimateWidth, ...extra });
  if (!result) throw new Error('expected an SVG');
  return result.svg;
}

/** Attribute names written twice on one element: what made Chromium refuse the old export. */
function repeatedAttributes(svg: string): string[] {
  const repeated: string[] = [];
  for (const [, tag, attributes] of svg.matchAll(/<([\w:-]+)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g)) {
    const names = [...attributes.matchAll(/\s([\w:-]+)=/g)].map((m) => m[1]);
    const seen = new Set<string>();
    for (const name of names) {
      if (seen.has(name)) repeated.push(`${tag}@${name}`);
      seen.add(name);
    }
  }
  return repeated;
}

/** Fails unless the document is well-formed XML with no attribute repeated on an element. */
function expectWellFormed(svg: string, what: string) {
  const valid = XMLValidator.validate(svg);
  expect(valid === true ? 'well-formed' : valid.err.msg, what).toBe('well-formed');
  expect(repeatedAttributes(svg), what).toEqual([]);
}

describe('SVG export of every type in every style', () => {
  it('catches a repeated attribute (the check can fail)', () => {
    expect(repeatedAttributes('<polyline fill="none" points="0,0" fill="none"/>')).toEqual([
      'polyline@fill',
    ]);
    expect(XMLValidator.validate('<svg><polyline fill="a" fill="b"/></svg>')).not.toBe(true);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is well-formed for each type in each style row, alone and together (${theme})`, () => {
      for (const [r, row] of STYLE_ROWS.entries()) {
        for (const type of SHAPE_TYPES) {
          expectWellFormed(
            svgOf([styledShape(type, row)], { theme, handFont: FONT }),
            `${type} row ${r}`,
          );
        }
      }
      expectWellFormed(svgOf(everyStyledShape(), { theme, handFont: FONT }), 'board');
      expectWellFormed(svgOf(everyArrow(), { theme }), 'arrows');
    });
  }

  it('writes dashes, dots and hand-drawn curves as SVG paint and path data', () => {
    const row = STYLE_ROWS.find((r) => r.strokeStyle === 'dotted' && r.roughness === 0)!;
    expect(svgOf([styledShape('rect', row)])).toContain('stroke-dasharray="0 7"');
    const dashed = STYLE_ROWS.find((r) => r.strokeStyle === 'dashed' && r.roughness === 0)!;
    expect(svgOf([styledShape('ellipse', dashed)])).toContain('stroke-dasharray="10 8"');
    const rough = STYLE_ROWS.find((r) => r.roughness === 2)!;
    expect(svgOf([styledShape('diamond', rough)])).toMatch(/<path d="M[^"]* C[\d.-]+,[\d.-]+ /);
  });

  it('embeds the hand-written font only when some text uses it', () => {
    const hand = STYLE_ROWS.find((r) => r.fontFamily === 'hand')!;
    const sans = STYLE_ROWS.find((r) => r.fontFamily === 'sans')!;
    const face =
      `<style>@font-face{font-family:'${HAND_FONT_NAME}';src:url("${FONT[0].url}") format("woff2");` +
      `unicode-range:U+0000-00FF, U+2000-206F;}` +
      `@font-face{font-family:'${HAND_FONT_NAME}';src:url("${FONT[1].url}") format("woff2");}</style>`;
    expect(svgOf([styledShape('text', hand)], { handFont: FONT })).toContain(face);
    expect(svgOf([styledShape('note', hand)], { handFont: FONT })).toContain(face);
    expect(svgOf([styledShape('text', sans)], { handFont: FONT })).not.toContain('@font-face');
    // A rectangle's style may say hand, but with no text nothing needs the font.
    expect(svgOf([{ ...styledShape('rect', hand), text: '' }], { handFont: FONT })).not.toContain(
      '@font-face',
    );
    // A hostile range is left out rather than written into the style sheet.
    const hostile = [{ ...FONT[0], unicodeRange: 'U+0;}</style><script>x</script>' }];
    const withHostile = svgOf([styledShape('text', hand)], { handFont: hostile });
    expect(withHostile).not.toContain('<script>');
    expect(withHostile).not.toContain('unicode-range');
    // Without the file, text still names the family and falls back to a cursive font.
    const bare = svgOf([styledShape('text', hand)]);
    expect(bare).not.toContain('@font-face');
    expect(bare).toContain('cursive');
  });
});
