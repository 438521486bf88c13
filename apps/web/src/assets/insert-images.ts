import { createShape, toBoardJson, ShapeType, type ShapeId } from '@sketchroom/board-model';
import type { PagePoint } from '@sketchroom/geometry';
import type { Editor } from '../editor/editor.ts';
import { assetStoreOf } from './asset-source.ts';
import { layoutImages } from './image-layout.ts';
import { prepareImage, type PreparedImage } from './prepare-image.ts';

/** At most this many files are taken from one paste, drop or pick. */
export const MAX_FILES_PER_ADD = 20;
const MESSAGES_SHOWN = 2;
export const VIEW_ONLY_MESSAGE = 'This link is view-only: images cannot be added.';

/**
 * Adds image files centred on `at`, side by side: each is checked, scaled down if huge,
 * kept locally and queued for upload, then all appear as image shapes in one undo step,
 * selected. Refused files are named in one notice and leave nothing on the board.
 */
export async function insertImageFiles(
  editor: Editor,
  files: readonly File[],
  at: PagePoint,
): Promise<ShapeId[]> {
  const store = assetStoreOf(editor.assets);
  if (files.length === 0) return [];
  if (editor.readOnly || !store) {
    editor.platform.notify(VIEW_ONLY_MESSAGE);
    return [];
  }
  const messages: string[] = [];
  if (files.length > MAX_FILES_PER_ADD) {
    messages.push(`Only ${MAX_FILES_PER_ADD} files can be added at once; the rest were left out.`);
  }
  const limits = await store.limits();
  const prepared: Extract<PreparedImage, { ok: true }>[] = [];
  for (const file of files.slice(0, MAX_FILES_PER_ADD)) {
    const result = await prepareImage(file, limits);
    if (result.ok) prepared.push(result);
    else messages.push(result.message);
  }
  if (messages.length > 0) editor.platform.notify(summarise(messages));
  // The link may have become view-only while the files were read.
  if (prepared.length === 0 || editor.readOnly) return [];
  // The local copy first, so the renderer finds the bytes the moment the shape appears.
  await Promise.all(prepared.map(({ asset }) => store.keep(asset)));

  const { width, height } = editor.state.viewport;
  const zoom = editor.camera.zoom;
  const boxes = layoutImages(prepared, at, { width: width / zoom, height: height / zoom });
  const shapes = prepared.map(({ asset }, i) =>
    createShape({
      type: ShapeType.image,
      index: 'a0',
      geom: { ...boxes[i], rotation: 0 },
      asset: asset.id,
    }),
  );
  return editor.batch(() => {
    const ids = editor.insertJson(JSON.stringify(toBoardJson(shapes)));
    editor.setTool(editor.homeToolId);
    editor.setSelection(ids);
    return ids;
  });
}

/** The server refused a file for good: its images go, as if never added. */
export function removeImagesOf(editor: Editor, assetId: string): void {
  const ids = editor.board
    .allShapes()
    .filter((shape) => shape.type === ShapeType.image && shape.asset === assetId)
    .map((shape) => shape.id);
  editor.deleteShapes(ids);
}

function summarise(messages: string[]): string {
  const more = messages.length - MESSAGES_SHOWN;
  const shown = messages.slice(0, MESSAGES_SHOWN).join(' ');
  return more > 0 ? `${shown} (and ${more} more)` : shown;
}
