import type { Shape } from '@sketchroom/board-model';
import { BoardDoc } from '@sketchroom/board-yjs';
import type { RoomRegistry } from '../room-registry.ts';
import { ASSET_ID } from '../storage/asset-rows.ts';
import type { AssetStore } from '../storage/store.ts';
import type { ExportImage } from './export-render.ts';

/** Picture bytes one export reads at most; pictures past it are drawn as their placeholder. */
export const MAX_EXPORT_IMAGE_BYTES = 64 * 1024 * 1024;

export interface BoardSnapshot {
  title: string;
  /** Bottom to top. */
  shapes: readonly Shape[];
}

/** The board's shapes and title as they are now, loading the room if nobody has it open. */
export function snapshotBoard(rooms: RoomRegistry, room: string): Promise<BoardSnapshot> {
  return rooms.use(room, async (loaded) => {
    const board = new BoardDoc(loaded.doc);
    try {
      return { title: board.getTitle(), shapes: board.allShapes() };
    } finally {
      board.destroy();
    }
  });
}

/**
 * The files of the board's pictures from its own asset store (only files the board owns),
 * one at a time, until MAX_EXPORT_IMAGE_BYTES; the rest are left to their placeholders.
 */
export async function boardImages(
  assets: AssetStore,
  room: string,
  shapes: readonly Shape[],
): Promise<Map<string, ExportImage>> {
  const ids = new Set<string>();
  for (const shape of shapes) {
    if (shape.type === 'image' && shape.asset && ASSET_ID.test(shape.asset)) ids.add(shape.asset);
  }
  const images = new Map<string, ExportImage>();
  let bytes = 0;
  for (const id of ids) {
    const info = await assets.ownedAsset(room, id);
    if (!info || bytes + info.bytes > MAX_EXPORT_IMAGE_BYTES) continue;
    const asset = await assets.readAsset(room, id);
    if (!asset) continue;
    bytes += asset.data.byteLength;
    images.set(id, { mimeType: asset.info.mimeType, data: asset.data });
  }
  return images;
}
