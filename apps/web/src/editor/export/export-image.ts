import type { Shape } from '@sketchroom/board-model';
import { estimateWidth, shapesToSvg, type MeasureText } from '@sketchroom/board-render';
import type { Editor } from '../editor.ts';
import { dataUrlsOf, gatherImages, missingImagesMessage } from './export-assets.ts';
import { exportFontNow, loadExportFont } from './export-font.ts';

/** Set by the canvas to a real canvas-based measure; the estimate serves tests. */
let measure: MeasureText = estimateWidth;

export function setExportMeasure(real: MeasureText): void {
  measure = real;
}

/** The text measure exports lay text out with (the canvas's, once it has set one). */
export const exportMeasure = (): MeasureText => measure;

/** The selection if there is one, else the whole board. */
export function exportedShapes(editor: Editor): Shape[] {
  const selected = editor.selectedShapes();
  return selected.length > 0 ? selected : [...editor.index.all()];
}

export function exportFileName(editor: Editor, extension: string): string {
  const title = editor.board.getTitle().trim() || 'sketchroom';
  const safe =
    title
      .replace(/[^\p{L}\p{N}._ -]+/gu, '')
      .slice(0, 60)
      .trim() || 'sketchroom';
  return `${safe}.${extension}`;
}

/**
 * The exported shapes as SVG, drawn by board-render exactly as the canvas draws
 * them, with the hand-written font embedded if some text uses it and the font is
 * loaded, and each picture whose data URL is in `imageUrls` (prepareSvg gathers them).
 */
export function buildSvg(editor: Editor, imageUrls?: ReadonlyMap<string, string>) {
  return shapesToSvg(exportedShapes(editor), {
    theme: editor.state.theme,
    measureText: measure,
    handFont: exportFontNow() ?? undefined,
    imageHref: (asset) => imageUrls?.get(asset),
  });
}

/** Tells the user when some pictures are exported as placeholders. */
export function reportMissing(editor: Editor, missing: number): void {
  if (missing > 0) editor.platform.notify(missingImagesMessage(missing));
}

/** buildSvg once the font and the pictures' files are at hand (or waited for long enough). */
export async function prepareSvg(editor: Editor) {
  const [, gathered] = await Promise.all([
    loadExportFont(),
    gatherImages(editor.assets, exportedShapes(editor)),
  ]);
  reportMissing(editor, gathered.missing);
  return buildSvg(editor, await dataUrlsOf(gathered.images));
}

export async function exportSvg(editor: Editor): Promise<void> {
  const result = await prepareSvg(editor);
  if (!result) return;
  editor.platform.download(exportFileName(editor, 'svg'), result.svg, 'image/svg+xml');
}

/**
 * The exported shapes as a PNG at up to twice their size, painted from the same
 * commands as the SVG, pictures included once their files are at hand (or waited for
 * long enough); null when there is nothing to export.
 */
export async function buildPng(editor: Editor): Promise<Blob | null> {
  const shapes = exportedShapes(editor);
  const gathered = await gatherImages(editor.assets, shapes);
  reportMissing(editor, gathered.missing);
  return editor.platform.shapesToPng(shapes, {
    theme: editor.state.theme,
    measureText: measure,
    images: gathered.images,
  });
}

export async function exportPng(editor: Editor): Promise<void> {
  const png = await buildPng(editor);
  if (!png) return;
  editor.platform.download(exportFileName(editor, 'png'), png, 'image/png');
}
