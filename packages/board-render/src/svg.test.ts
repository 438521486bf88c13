import { createShape, SHAPE_TYPES, type Shape } from '@sketchroom/board-model';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { shapesToSvg, xmlText, type SvgOptions } from './svg.ts';
import { everyType, VARIANTS, variantShape } from './test-shapes.ts';
import { estimateWidth } from './text-layout.ts';
import type { Theme } from './theme.ts';

type Element = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  preserveOrder: true,
  allowBooleanAttributes: false,
});

// XML 1.0 forbids these even as references; the validator does not look for them.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|&#(?:[0-8]|1[124-9]|2\d|3[01]);/;

/** Parses the SVG with a real XML parser, failing on anything not well-formed. */
function parseSvg(svg: string): Element[] {
  const valid = XMLValidator.validate(svg);
  if (valid !== true) throw new Error(`not well-formed: ${valid.err.msg} at ${valid.err.col}`);
  expect(svg).not.toMatch(FORBIDDEN);
  return parser.parse(svg) as Element[];
}

/** Every element in document order, as [tag name, attributes]. */
function elements(nodes: Element[]): [string, Record<string, string>][] {
  const out: [string, Record<string, string>][] = [];
  for (const node of nodes) {
    const tag = Object.keys(node).find((k) => k !== ':@');
    if (!tag || tag === '#text') continue;
    out.push([tag, (node[':@'] ?? {}) as Record<string, string>]);
    out.push(...elements(node[tag] as Element[]));
  }
  return out;
}

function svgOf(shapes: Shape[], theme: Theme, extra: Partial<SvgOptions> = {}) {
  const result = shapesToSvg(shapes, { theme, measureText: estimateWidth, ...extra });
  if (!result) throw new Error('expected an SVG');
  return result;
}

describe('SVG export', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const variant of VARIANTS) {
      it(`is well-formed XML for every type (${variant.name}, ${theme})`, () => {
        for (const type of SHAPE_TYPES) {
          const { svg } = svgOf([variantShape(type, variant)], theme);
          const all = elements(parseSvg(svg));
          expect(all[0][0], type).toBe('svg');
          expect(all[0][1]['@xmlns']).toBe('http://www.w3.org/2000/svg');
          const groups = all.filter(([tag]) => tag === 'g');
          expect(groups, type).toHaveLength(1);
          expect(groups[0][1]['@opacity']).toBe(String(variant.opacity));
          expect(groups[0][1]['@transform']).toContain(`rotate(${variant.rotation})`);
        }
        const board = everyType(variant);
        const all = elements(parseSvg(svgOf(board, theme).svg));
        expect(all.filter(([tag]) => tag === 'g')).toHaveLength(SHAPE_TYPES.length);
      });
    }
  }

  it('paints lines and arrows without fill, once, even with a fill stored (the old double fill)', () => {
    for (const type of ['line', 'arrow'] as const) {
      const all = elements(parseSvg(svgOf([variantShape(type, VARIANTS[1])], 'light').svg));
      const strokes = all.filter(([tag]) => tag === 'polyline');
      expect(strokes).toHaveLength(type === 'arrow' ? 2 : 1);
      for (const [, attributes] of strokes) {
        expect(attributes['@fill']).toBe('none');
        expect(attributes['@stroke']).toBe('#e03131');
        expect(attributes['@stroke-width']).toBe('4');
      }
    }
  });

  it('writes text escaped, one element per line, and drops characters XML cannot hold', () => {
    const text = createShape({
      type: 'text',
      index: 'a0',
      geom: { width: 200, height: 60 },
      style: { stroke: '#1e1e1e' },
      text: `1 < 2 & "quotes" 'too'\nbell\u0007 and \ud800 lone`,
    });
    const all = elements(parseSvg(svgOf([text], 'dark').svg));
    const lines = all.filter(([tag]) => tag === 'text');
    expect(lines).toHaveLength(2);
    expect(lines[0][1]['@fill']).toBe('#e7e7ea');
    const parsed = new XMLParser({ processEntities: true, htmlEntities: true });
    const doc = parsed.parse(svgOf([text], 'dark').svg) as { svg: { g: { text: string[] } } };
    expect(doc.svg.g.text[0]).toBe(`1 < 2 & "quotes" 'too'`);
    expect(doc.svg.g.text[1]).toBe('bell and  lone');
  });

  it('gives notes a drop shadow defined once, and the theme background', () => {
    const notes = [
      variantShape('note', VARIANTS[1], 'a0'),
      variantShape('note', VARIANTS[2], 'a1'),
    ];
    for (const theme of ['light', 'dark'] as const) {
      const all = elements(parseSvg(svgOf(notes, theme).svg));
      expect(all.filter(([tag]) => tag === 'filter')).toHaveLength(1);
      const papers = all.filter(([, a]) => a['@filter'] === 'url(#sr-shadow-0)');
      expect(papers).toHaveLength(2);
      const background = all.find(([tag]) => tag === 'rect');
      expect(background?.[1]['@fill']).toBe(theme === 'light' ? '#f8f9fa' : '#17181c');
    }
  });

  it('draws an image from its asset when given a URL for it, else its placeholder', () => {
    const image = variantShape('image', VARIANTS[0]);
    const withFile = elements(
      parseSvg(svgOf([image], 'light', { imageHref: (a) => `data:image/png;base64,${a}` }).svg),
    );
    expect(withFile.find(([tag]) => tag === 'image')?.[1]['@href']).toBe(
      'data:image/png;base64,sha256-0123abcd',
    );
    const without = elements(parseSvg(svgOf([image], 'light').svg));
    expect(without.some(([tag]) => tag === 'image')).toBe(false);
    expect(without.find(([, a]) => a['@stroke-dasharray'])).toBeDefined();
  });

  it('covers the shapes plus padding and the widest stroke, and nothing for no shapes', () => {
    const shape = variantShape('rect', VARIANTS[4]);
    const { width, height, svg } = svgOf([shape], 'light', { padding: 10 });
    expect(width).toBeCloseTo(100 + 2 * 22);
    expect(height).toBeCloseTo(160 + 2 * 22);
    expect(svg).toContain(`width="${width}"`);
    expect(shapesToSvg([], { theme: 'light', measureText: estimateWidth })).toBeNull();
  });

  it('escapes hostile colours from a peer instead of breaking the document', () => {
    const shape = createShape({
      type: 'rect',
      index: 'a0',
      geom: { width: 10, height: 10 },
      style: { fill: '"/><script>x</script>', stroke: "red' onload='x" },
    });
    const all = elements(parseSvg(svgOf([shape], 'light').svg));
    expect(all.some(([tag]) => tag === 'script')).toBe(false);
    expect(xmlText('a<b')).toBe('a&#60;b');
  });
});
