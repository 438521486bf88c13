import { describe, expect, it } from 'vitest';
import {
  BOARD_JSON_ASSET_LIMITS,
  BOARD_JSON_FORMAT,
  parseBoardJson,
  toBoardJson,
} from './board-json.ts';
import { createShape } from './create-shape.ts';

const rect = createShape({ type: 'rect', index: 'a0', geom: { width: 10, height: 10 } });
const note = createShape({ type: 'note', index: 'a1', text: 'hi' });

describe('board JSON', () => {
  it('round-trips through text', () => {
    const json = toBoardJson([rect, note]);
    expect(json.format).toBe(BOARD_JSON_FORMAT);
    expect(json.schemaVersion).toBe(2);
    expect(parseBoardJson(JSON.stringify(json))).toEqual({
      ok: true,
      shapes: [rect, note],
      assets: {},
    });
  });

  it('exports a copy that later edits do not touch', () => {
    const json = toBoardJson([rect]);
    rect.geom.x = 999;
    expect(json.shapes[0].geom.x).toBe(0);
    rect.geom.x = 0;
  });

  it('migrates shapes from an older schema version', () => {
    const old = {
      format: BOARD_JSON_FORMAT,
      schemaVersion: 0,
      shapes: [
        {
          id: 'shape:a',
          type: 'rectangle',
          index: 'a0',
          x: 0,
          y: 0,
          width: 1,
          height: 1,
          stroke: '#000',
          fill: 'none',
          strokeWidth: 1,
        },
      ],
    };
    const parsed = parseBoardJson(old);
    expect(parsed.ok && parsed.shapes[0].type).toBe('rect');
  });

  it('explains what is wrong with bad input', () => {
    expect(parseBoardJson('{"shapes": [')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Not valid JSON: /),
    });
    expect(parseBoardJson(42)).toMatchObject({ error: expect.stringMatching(/"shapes" list/) });
    expect(parseBoardJson({ format: 'excalidraw', shapes: [] })).toEqual({
      ok: false,
      error: 'Not a Sketchroom board: format is "excalidraw"',
    });
    expect(parseBoardJson({ shapes: {} })).toMatchObject({
      error: expect.stringMatching(/must be a list/),
    });
    expect(parseBoardJson({ schemaVersion: 'one', shapes: [] })).toMatchObject({ ok: false });
  });

  it('names each invalid shape by position and caps the list', () => {
    const bad = { ...rect, geom: { ...rect.geom, width: -1 } };
    const parsed = parseBoardJson({ shapes: [rect, bad, bad, bad, bad] });
    expect(parsed).toEqual({
      ok: false,
      error:
        'Invalid board: shapes[1]: geom.width must be a number ≥ 0, got -1; ' +
        'shapes[2]: geom.width must be a number ≥ 0, got -1; ' +
        'shapes[3]: geom.width must be a number ≥ 0, got -1 (and 1 more)',
    });
  });

  describe('assets', () => {
    const id = `sha256:${'ab'.repeat(32)}`;
    const png = { mimeType: 'image/png', data: 'iVBORw0KGgo=' };
    const withAssets = (assets: unknown) =>
      parseBoardJson({ format: BOARD_JSON_FORMAT, shapes: [rect], assets });

    it('round-trip with the shapes', () => {
      const json = toBoardJson([rect], { [id]: png });
      expect(parseBoardJson(JSON.stringify(json))).toEqual({
        ok: true,
        shapes: [rect],
        assets: { [id]: png },
      });
      expect(toBoardJson([rect], {})).not.toHaveProperty('assets');
    });

    it('refuse ids that are not sha256, other types, and data that is not base64', () => {
      expect(withAssets({ 'sha256:abc': png })).toMatchObject({ ok: false });
      expect(withAssets({ [id]: { ...png, mimeType: 'image/svg+xml' } })).toMatchObject({
        ok: false,
        error: expect.stringContaining('mimeType'),
      });
      expect(withAssets({ [id]: { ...png, data: '<script>' } })).toMatchObject({ ok: false });
      expect(withAssets({ [id]: { ...png, data: 7 } })).toMatchObject({ ok: false });
      expect(withAssets([png])).toMatchObject({ ok: false });
    });

    it('are bounded in count and size', () => {
      const many = Object.fromEntries(
        Array.from({ length: BOARD_JSON_ASSET_LIMITS.count + 1 }, (_, i) => [
          `sha256:${i.toString(16).padStart(64, '0')}`,
          png,
        ]),
      );
      expect(withAssets(many)).toMatchObject({
        ok: false,
        error: expect.stringContaining('more than'),
      });
      const huge = 'A'.repeat(BOARD_JSON_ASSET_LIMITS.dataLength + 4);
      expect(withAssets({ [id]: { ...png, data: huge } })).toMatchObject({ ok: false });
    });
  });
});
