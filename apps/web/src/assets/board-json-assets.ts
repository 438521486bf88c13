import {
  parseBoardJson,
  ShapeType,
  toBoardJson,
  type BoardJson,
  type BoardJsonAsset,
  type ShapeId,
} from '@sketchroom/board-model';
import type { Editor } from '../editor/editor.ts';
import { assetIdOf } from './asset-id.ts';
import { assetStoreOf } from './asset-source.ts';
import { IMAGE_MIMES, sniffImage } from './image-header.ts';
import { assetsOf, dataUrlOf, gatherImages } from '../editor/export/export-assets.ts';

/** A board file is read whole (images in base64): past this it is refused before reading. */
export const MAX_BOARD_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Board JSON for export with the image files its shapes use, in base64, so the file
 * stands alone. `missing` counts files that could not be had in time.
 */
export async function boardJsonWithAssets(
  editor: Editor,
  ids?: ShapeId[],
): Promise<{ json: BoardJson; missing: number }> {
  const json = editor.board.exportJson(ids);
  const { images, missing } = await gatherImages(editor.assets, json.shapes);
  const assets: Record<string, BoardJsonAsset> = {};
  for (const [id, blob] of images) {
    const [head = '', data = ''] = (await dataUrlOf(blob)).split(',');
    const mimeType = head.slice('data:'.length, -';base64'.length);
    if (IMAGE_MIMES.includes(mimeType)) assets[id] = { mimeType, data };
  }
  return {
    json: toBoardJson(json.shapes, assets),
    missing: missing + images.size - Object.keys(assets).length,
  };
}

/**
 * Makes the images of incoming board JSON (a file, a drop, a paste from another board)
 * this board's own: embedded files whose bytes match their id are kept locally and queued
 * for upload, files only referenced are uploaded from the local copy when we hold them.
 * Returns the JSON to insert: without the `assets`, and without image shapes whose file
 * did not match its id (refused, with a notice). Text that is not valid board JSON comes
 * back as it was, for the insert path to report.
 */
export async function adoptBoardJson(editor: Editor, text: string): Promise<string> {
  if (!text.includes('"assets"') && !text.includes(`"${ShapeType.image}"`)) return text;
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return text;
  }
  const parsed = parseBoardJson(value);
  const store = assetStoreOf(editor.assets);
  if (!parsed.ok || !store || editor.readOnly) return text;

  const used = assetsOf(parsed.shapes);
  const refused = new Set<string>();
  const notEmbedded: string[] = [];
  for (const id of used) {
    const embedded = parsed.assets[id];
    if (!embedded) {
      notEmbedded.push(id);
      continue;
    }
    const bytes = fromBase64(embedded.data);
    const header = bytes && sniffImage(bytes);
    if (!bytes || !header || header === 'svg' || (await assetIdOf(bytes)) !== id) {
      refused.add(id);
      continue;
    }
    await store.keep({ id, blob: new Blob([bytes], { type: header.mimeType }), name: 'An image' });
  }
  await store.adopt(notEmbedded);
  if (refused.size > 0) {
    editor.platform.notify(
      refused.size === 1
        ? 'One image did not match its content and was left out.'
        : `${refused.size} images did not match their content and were left out.`,
    );
  }
  const shapes = (value.shapes as unknown[]).filter((raw) => {
    const { type, asset } = (raw ?? {}) as Record<string, unknown>;
    return !(type === ShapeType.image && typeof asset === 'string' && refused.has(asset));
  });
  return JSON.stringify({ ...value, shapes, assets: undefined });
}

function fromBase64(data: string): Uint8Array<ArrayBuffer> | null {
  try {
    const binary = atob(data);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
