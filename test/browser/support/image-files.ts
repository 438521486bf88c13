import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { AppServer, CreatedBoard } from '../../support/app-server.ts';
import { docShapes } from './inspector.ts';

// Files handed to the board page as a person would: pasted, dropped or picked.

export interface TestFile {
  name: string;
  mimeType: string;
  bytes: Buffer;
}

export interface ImageShape {
  id: string;
  type: string;
  asset?: string;
  geom: { x: number; y: number; width: number; height: number };
}

export const assetIdOf = (bytes: Buffer) =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export const pngFile = (name: string, bytes: Buffer): TestFile => ({
  name,
  mimeType: 'image/png',
  bytes,
});

const serialised = (files: TestFile[]) =>
  files.map((f) => ({ name: f.name, type: f.mimeType, base64: f.bytes.toString('base64') }));

/** Ctrl+V of copied files: a real `paste` event whose clipboard data holds them. */
export async function pasteFiles(page: Page, files: TestFile[]): Promise<void> {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const { name, type, base64 } of list) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      data.items.add(new File([bytes], name, { type }));
    }
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true });
    document.body.dispatchEvent(event);
  }, serialised(files));
}

/** Files dragged from the desktop and dropped at a screen point, on the canvas unless told. */
export async function dropFiles(
  page: Page,
  files: TestFile[],
  at: [number, number],
  target = '[data-testid="canvas"]',
) {
  await page.evaluate(
    ({ list, x, y, selector }) => {
      const data = new DataTransfer();
      for (const { name, type, base64 } of list) {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        data.items.add(new File([bytes], name, { type }));
      }
      const target = document.querySelector(selector)!;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        const init = {
          dataTransfer: data,
          clientX: x,
          clientY: y,
          bubbles: true,
          cancelable: true,
        };
        target.dispatchEvent(new DragEvent(type, init));
      }
    },
    { list: serialised(files), x: at[0], y: at[1], selector: target },
  );
}

/** The image shapes in the page's document, left to right. */
export async function imageShapes(page: Page): Promise<ImageShape[]> {
  const shapes = await docShapes<ImageShape>(page);
  return shapes.filter((s) => s.type === 'image').sort((a, b) => a.geom.x - b.geom.x);
}

/** The HTTP status of an asset on the server, asked with the board's edit link. */
export async function assetStatus(app: Pick<AppServer, 'url'>, board: CreatedBoard, id: string) {
  const response = await fetch(
    `${app.url}/api/boards/${board.roomId}/assets/${encodeURIComponent(id)}`,
    { headers: { authorization: `Bearer ${board.editToken}` } },
  );
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, bytes };
}

export const centreOf = ({ geom }: ImageShape) => ({
  x: geom.x + geom.width / 2,
  y: geom.y + geom.height / 2,
});
