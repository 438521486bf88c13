import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  createShape,
  indexesAbove,
  SHAPE_TYPES,
  type Shape,
  type ShapeId,
} from '../../packages/board-model/src/index.ts';
import { BoardDoc } from '../../packages/board-yjs/src/index.ts';
import { createBoard, type CreatedBoard } from '../support/app-server.ts';
import { connectPlainClient } from '../support/plain-client.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { shapeCount } from './support/inspector.ts';
import { downloadExport } from './support/exports.ts';
import { withApp } from './support/with-app.ts';

const POLYLINE = new Set<string>(['line', 'arrow', 'draw']);

/** Style variants, one row of the board each: every type is drawn in every one. */
const ROWS = [
  { fill: 'transparent', stroke: '#1e1e1e', strokeWidth: 2, opacity: 1, rotation: 0 },
  { fill: '#ffc9c9', stroke: '#e03131', strokeWidth: 4, opacity: 1, rotation: 0 },
  { fill: '#1c7ed633', stroke: '#1c7ed6', strokeWidth: 1, opacity: 0.5, rotation: 20 },
  { fill: '#b2f2bb', stroke: '#2f9e44', strokeWidth: 8, opacity: 0.8, rotation: -30 },
] as const;

const TEXTS: Record<string, string> = {
  text: 'Text <&> "quoted"\nsecond line',
  note: 'A note with enough words to wrap inside its paper',
};

/** Every shape type in every row, plus one of a type from a newer client. */
function boardShapes(): Shape[] {
  const shapes: Shape[] = [];
  const indexes = indexesAbove([], ROWS.length * SHAPE_TYPES.length + 1);
  ROWS.forEach((row, r) => {
    SHAPE_TYPES.forEach((type, t) => {
      const points = POLYLINE.has(type) ? [0, 0, 50, 90, 110, 20, 150, 110] : undefined;
      shapes.push(
        createShape({
          type,
          index: indexes[shapes.length],
          geom: {
            x: 40 + t * 190,
            y: 40 + r * 170,
            width: 150,
            height: 110,
            rotation: row.rotation,
            ...(points && { points }),
          },
          style: {
            fill: row.fill,
            stroke: type === 'note' ? '#1e1e1e' : row.stroke,
            strokeWidth: row.strokeWidth,
            opacity: row.opacity,
          },
          text: TEXTS[type],
          asset: type === 'image' ? 'sha256-notuploaded' : undefined,
        }),
      );
    });
  });
  const star = createShape({
    type: 'rect',
    index: indexes[shapes.length],
    geom: { x: 40, y: 40 + ROWS.length * 170, width: 150, height: 80 },
  });
  shapes.push({ ...star, type: 'star' } as unknown as Shape);
  return shapes;
}

/** Writes the shapes from a plain Yjs client over the real socket, through board-yjs's mapping. */
async function writeBoard(appUrl: string, board: CreatedBoard, shapes: Shape[]) {
  const token = new URL(board.editUrl).searchParams.get('token')!;
  const client = await connectPlainClient(appUrl, board.roomId, token);
  new BoardDoc(client.doc).createShapes(shapes, 'import');
  return client;
}

/** Opens bytes in the page as an image and reports what the browser decoded. */
function decodeInPage(page: Page, bytes: Buffer, mime: string) {
  return page.evaluate(
    async ({ base64, type }) => {
      const image = new Image();
      image.src = `data:${type};base64,${base64}`;
      try {
        await image.decode();
        return { ok: true, width: image.naturalWidth, height: image.naturalHeight, error: '' };
      } catch (error) {
        return { ok: false, width: 0, height: 0, error: String(error) };
      }
    },
    { base64: bytes.toString('base64'), type: mime },
  );
}

/** Chromium's own XML parser: well-formed SVG parses without a <parsererror>. */
function parseInPage(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    return {
      error: error?.textContent ?? null,
      root: doc.documentElement.nodeName,
      groups: doc.documentElement.querySelectorAll(':scope > g').length,
    };
  }, svg);
}

const shotsDir = process.env.SKETCHROOM_SHOTS_DIR;

describe('exporting a board with every shape type', () => {
  const fixture = withApp();

  for (const theme of ['light', 'dark'] as const) {
    it(`writes SVG and PNG that Chromium opens (${theme} theme)`, async () => {
      const board = await createBoard(fixture.app);
      const shapes = boardShapes();
      const writer = await writeBoard(fixture.app.url, board, shapes);
      const person = await fixture.person({ colorScheme: theme });
      const driver = await BoardDriver.open(person.page, board.editUrl);
      await eventually(() => shapeCount(person.page)).toBe(shapes.length);
      expect(await driver.theme()).toBe(theme);
      await screenshot(person.page, `export-canvas-${theme}`);

      const svg = (await downloadExport(person.page, 'export-svg')).toString('utf8');
      expect(await parseInPage(person.page, svg)).toEqual({
        error: null,
        root: 'svg',
        groups: shapes.length,
      });
      // Lines and arrows carry their paint once: the old export wrote `fill` twice on them.
      expect(svg).not.toMatch(/<polyline[^>]*\sfill="[^"]*"[^>]*\sfill="/);
      const svgImage = await decodeInPage(person.page, Buffer.from(svg), 'image/svg+xml');
      expect(svgImage.error).toBe('');
      expect(svgImage.width).toBeGreaterThan(0);

      const png = await downloadExport(person.page, 'export-png');
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const pngImage = await decodeInPage(person.page, png, 'image/png');
      expect(pngImage.error).toBe('');
      // Rasterised at twice the SVG's size.
      expect(pngImage.width).toBe(Math.round(svgImage.width * 2));
      expect(pngImage.height).toBe(Math.round(svgImage.height * 2));
      if (shotsDir) {
        // The exported picture itself, for looking at by eye.
        await mkdir(shotsDir, { recursive: true });
        await writeFile(join(shotsDir, `export-${theme}.png`), png);
      }
      writer.close();
    });
  }

  it('exports only the selection when there is one', async () => {
    const board = await createBoard(fixture.app);
    const shapes = boardShapes().slice(0, SHAPE_TYPES.length);
    const writer = await writeBoard(fixture.app.url, board, shapes);
    const person = await fixture.person();
    await BoardDriver.open(person.page, board.editUrl);
    await eventually(() => shapeCount(person.page)).toBe(shapes.length);
    const arrow = shapes.find((s) => s.type === 'arrow')!;
    const centre = await person.page.evaluate(
      (at) => window.__sketchroom!.pageToScreen(at.x, at.y),
      { x: arrow.geom.x + 50, y: arrow.geom.y + 90 },
    );
    await person.page.mouse.click(centre.x, centre.y);
    await eventually(() => person.page.evaluate(() => window.__sketchroom!.selectedIds())).toEqual([
      arrow.id as ShapeId,
    ]);
    const svg = (await downloadExport(person.page, 'export-svg')).toString('utf8');
    expect(await parseInPage(person.page, svg)).toMatchObject({ error: null, groups: 1 });
    expect((svg.match(/<polyline/g) ?? []).length).toBe(2);
    const png = await downloadExport(person.page, 'export-png');
    expect((await decodeInPage(person.page, png, 'image/png')).width).toBeGreaterThan(0);
    writer.close();
  });
});
