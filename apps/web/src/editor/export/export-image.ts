import type { Shape } from '@sketchroom/board-model';
import { estimateWidth, shapesToSvg, type MeasureText } from '@sketchroom/board-render';
import type { Editor } from '../editor.ts';
import { exportFontNow, loadExportFont } from './export-font.ts';

/** Set by the canvas to a real canvas-based measure; the estimate serves tests. */
let measure: MeasureText = estimateWidth;

export function setExportMeasure(real: MeasureText): void {
  measure = real;
}

/** The selection if there is one, else the whole board. */
function exportedShapes(editor: Editor): Shape[] {
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
 * loaded (exportSvg and exportPng wait for it; a synchronous caller may not).
 */
export function buildSvg(editor: Editor) {
  return shapesToSvg(exportedShapes(editor), {
    theme: editor.state.theme,
    measureText: measure,
    handFont: exportFontNow() ?? undefined,
  });
}

export async function exportSvg(editor: Editor): Promise<void> {
  await loadExportFont();
  const result = buildSvg(editor);
  if (!result) return;
  editor.platform.download(exportFileName(editor, 'svg'), result.svg, 'image/svg+xml');
}

/**
 * The exported shapes as a PNG at up to twice their size, painted from the same
 * commands as the SVG; null when there is nothing to export.
 */
export function buildPng(editor: Editor): Promise<Blob | null> {
  return editor.platform.shapesToPng(exportedShapes(editor), {
    theme: editor.state.theme,
    measureText: measure,
  });
}

export async function exportPng(editor: Editor): Promise<void> {
  const png = await buildPng(editor);
  if (!png) return;
  editor.platform.download(exportFileName(editor, 'png'), png, 'image/png');
}
