import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { indexesAbove, SHAPE_TYPES, type Shape } from '../../packages/board-model/src/index.ts';
import { exportBox } from '../../packages/board-render/src/svg.ts';
import {
  everyArrow,
  everyStyledShape,
  STYLE_ROWS,
} from '../../packages/board-render/src/style-cases.ts';
import { BoardDoc } from '../../packages/board-yjs/src/index.ts';
import { createBoard } from '../support/app-server.ts';
import { connectPlainClient } from '../support/plain-client.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { shapeCount } from './support/inspector.ts';
import { downloadExport } from './support/exports.ts';
import { withApp } from './support/with-app.ts';

/**
 * Every shape type in every style row (stroke styles × sloppiness, both fonts, filled and
 * not, labels on rect, ellipse, diamond and arrow), then every start head × end head in
 * every routing, below them: one board of all of it, z-ordered as listed.
 */
function boardShapes(): Shape[] {
  const styled = everyStyledShape();
  const arrows = everyArrow().map((s) => ({
    ...s,
    geom: { ...s.geom, y: s.geom.y + STYLE_ROWS.length * 150 + 50 },
  }));
  const all = [...styled, ...arrows];
  const indexes = indexesAbove([], all.length);
  return all.map((shape, i) => ({ ...shape, index: indexes[i] }));
}

/** Chromium's XML parser on the SVG: a repeated attribute or bad entity gives <parsererror>. */
function parseSvgInPage(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.nodeName,
      groups: root.querySelectorAll(':scope > g').length,
      fontFaces: [...root.querySelectorAll('style')].filter((s) =>
        s.textContent?.includes('@font-face'),
      ).length,
      dashed: root.querySelectorAll('[stroke-dasharray]').length,
    };
  }, svg);
}

/** Opens the bytes as an <img> (decode) and as an ImageBitmap, as a person's browser would. */
function openInPage(page: Page, bytes: Buffer, mime: string) {
  return page.evaluate(
    async ({ base64, type }) => {
      const binary = atob(base64);
      const data = Uint8Array.from(binary, (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([data], { type }));
      const image = new Image();
      image.src = url;
      try {
        await image.decode();
        const bitmap = await createImageBitmap(image);
        const result = { ok: true, width: bitmap.width, height: bitmap.height, error: '' };
        bitmap.close();
        return result;
      } catch (error) {
        return { ok: false, width: 0, height: 0, error: String(error) };
      } finally {
        URL.revokeObjectURL(url);
      }
    },
    { base64: bytes.toString('base64'), type: mime },
  );
}

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How many of the PNG's pixels (in a region, else all) differ from its corner's colour. */
function inkedFraction(page: Page, png: Buffer, region?: Region) {
  return page.evaluate(
    async ({ base64, area }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
      const whole = { x: 0, y: 0, width: bitmap.width, height: bitmap.height };
      const { x, y, width, height } = area ?? whole;
      const pixels = context.getImageData(x, y, width, height).data;
      let inked = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const distance =
          Math.abs(pixels[i] - r) + Math.abs(pixels[i + 1] - g) + Math.abs(pixels[i + 2] - b);
        if (distance > 60) inked++;
      }
      return inked / (pixels.length / 4);
    },
    { base64: png.toString('base64'), area: region },
  );
}

/** Where a hand-written text shape's first line is in the PNG (twice the export's page units). */
function handTextRegion(shapes: readonly Shape[]): Region {
  const box = exportBox(shapes, 24)!;
  const text = shapes.find((s) => s.type === 'text' && s.style.fontFamily === 'hand')!;
  return { x: (text.geom.x - box.x) * 2, y: (text.geom.y - box.y) * 2, width: 300, height: 50 };
}

const outDir = process.env.SKETCHROOM_SHOTS_DIR;

describe('exporting a board of every shape type in every style', () => {
  const fixture = withApp();

  for (const theme of ['light', 'dark'] as const) {
    it(`writes SVG and PNG that the browser opens (${theme})`, async () => {
      const board = await createBoard(fixture.app);
      const shapes = boardShapes();
      expect(new Set(shapes.map((s) => s.type))).toEqual(new Set(SHAPE_TYPES));
      const token = new URL(board.editUrl).searchParams.get('token')!;
      const writer = await connectPlainClient(fixture.app.url, board.roomId, token);
      new BoardDoc(writer.doc).createShapes(shapes, 'import');
      const person = await fixture.person({ colorScheme: theme });
      await BoardDriver.open(person.page, board.editUrl);
      const { page } = person;
      await eventually(() => shapeCount(page)).toBe(shapes.length);
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, `export-every-kind-canvas-${theme}`);

      // PNG first, before anything in this page has decoded the embedded font.
      const png = await downloadExport(page, 'export-png');
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const pngImage = await openInPage(page, png, 'image/png');
      expect(pngImage.error).toBe('');
      expect(await inkedFraction(page, png)).toBeGreaterThan(0.02);
      // The hand-written text is drawn, not left blank while its font loads.
      expect(await inkedFraction(page, png, handTextRegion(shapes))).toBeGreaterThan(0.03);

      const svg = (await downloadExport(page, 'export-svg')).toString('utf8');
      expect(await parseSvgInPage(page, svg)).toEqual({
        error: null,
        root: 'svg',
        groups: shapes.length,
        // The hand-written font travels with the file, once.
        fontFaces: 1,
        dashed: expect.any(Number) as number,
      });
      // Checked as booleans: a failure should not print the whole document.
      expect(/src:url\("data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}"\)/.test(svg)).toBe(true);
      // Both subsets the page declares, latin and latin-ext (the board has "Łódź"), each with its range.
      expect(svg.match(/@font-face\{/g)?.length).toBe(2);
      expect(svg.match(/unicode-range:U\+/g)?.length).toBe(2);
      const svgImage = await openInPage(page, Buffer.from(svg), 'image/svg+xml');
      expect(svgImage.error).toBe('');
      expect(svgImage.width).toBeGreaterThan(1000);

      expect(pngImage.width).toBe(Math.round(svgImage.width * 2));
      expect(pngImage.height).toBe(Math.round(svgImage.height * 2));
      if (outDir) {
        await mkdir(outDir, { recursive: true });
        await writeFile(join(outDir, `export-every-kind-${theme}.svg`), svg);
        await writeFile(join(outDir, `export-every-kind-${theme}.png`), png);
      }
      writer.close();
    });
  }
});
