import { createShape, toBoardJson } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import { TestEditor } from '../tools/test-editor.ts';
import { DEFAULT_LIMITS } from './asset-api.ts';
import { assetIdOf } from './asset-id.ts';
import type { AssetStore, PreparedAsset } from './asset-source.ts';
import { adoptBoardJson, boardJsonWithAssets } from './board-json-assets.ts';

// A 1×1 PNG's first bytes are enough: adoption checks the signature and the hash.
const png = (tag: number) =>
  new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    0,
    0,
    0,
    13,
    0x49,
    0x48,
    0x44,
    0x52,
    0,
    0,
    0,
    1,
    0,
    0,
    0,
    1,
    8,
    2,
    0,
    0,
    0,
    tag,
    0,
    0,
    0,
  ]);
const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** The board's store as the editor sees it, remembering what it was handed. */
function memoryStore(files = new Map<string, Blob>()) {
  const kept: PreparedAsset[] = [];
  const adopted: string[] = [];
  const store: AssetStore = {
    limits: async () => DEFAULT_LIMITS,
    keep: async (asset) => void kept.push(asset),
    adopt: async (ids) => void adopted.push(...ids),
    reconnected: () => {},
    blob: async (id) => files.get(id) ?? Promise.reject(new Error('no such file')),
  };
  return { store, kept, adopted };
}

const image = (asset: string, x = 0) =>
  createShape({ type: 'image', index: 'a0', geom: { x, width: 10, height: 10 }, asset });

describe('board JSON with images', () => {
  it('keeps files that match their id, refuses forged ones with their shapes, adopts the rest', async () => {
    const t = new TestEditor();
    const { store, kept, adopted } = memoryStore();
    t.editor.assets = store;
    const good = png(1);
    const goodId = await assetIdOf(good);
    const forgedId = await assetIdOf(png(2));
    const elsewhereId = await assetIdOf(png(3));
    const file = toBoardJson([image(goodId), image(forgedId, 50), image(elsewhereId, 100)], {
      [goodId]: { mimeType: 'image/png', data: base64(good) },
      [forgedId]: { mimeType: 'image/png', data: base64(png(9)) },
    });

    const adoptedJson = JSON.parse(await adoptBoardJson(t.editor, JSON.stringify(file)));
    expect(adoptedJson.assets).toBeUndefined();
    expect(adoptedJson.shapes.map((s: { asset: string }) => s.asset)).toEqual([
      goodId,
      elsewhereId,
    ]);
    expect(kept.map((asset) => asset.id)).toEqual([goodId]);
    expect(new Uint8Array(await kept[0]!.blob.arrayBuffer())).toEqual(good);
    expect(adopted).toEqual([elsewhereId]);
    expect(t.platform.messages).toEqual(['One image did not match its content and was left out.']);
  });

  it('leaves text that is not a board, or has no images, as it was', async () => {
    const t = new TestEditor();
    t.editor.assets = memoryStore().store;
    const plain = JSON.stringify(toBoardJson([createShape({ type: 'rect', index: 'a0' })]));
    expect(await adoptBoardJson(t.editor, plain)).toBe(plain);
    expect(await adoptBoardJson(t.editor, '{"assets": nope')).toBe('{"assets": nope');
  });

  it('exports the files of the exported images', async () => {
    const t = new TestEditor();
    const bytes = png(4);
    const id = await assetIdOf(bytes);
    t.editor.assets = memoryStore(new Map([[id, new Blob([bytes], { type: 'image/png' })]])).store;
    t.board.createShapes([image(id), image(`sha256:${'0'.repeat(64)}`, 40)]);
    const { json, missing } = await boardJsonWithAssets(t.editor);
    expect(json.assets).toEqual({ [id]: { mimeType: 'image/png', data: base64(bytes) } });
    expect(missing).toBe(1);
  });
});
