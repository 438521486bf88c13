import type { Editor } from '../editor.ts';
import { exportFileName } from './export-image.ts';

/** The exported shapes as a PDF (see pdf-build.ts, loaded on first use); null for nothing. */
export async function buildPdf(editor: Editor): Promise<Blob | null> {
  const { buildPdf: build } = await import('./pdf-build.ts');
  return build(editor);
}

export async function exportPdf(editor: Editor): Promise<void> {
  const pdf = await buildPdf(editor);
  if (!pdf) return;
  editor.platform.download(exportFileName(editor, 'pdf'), pdf, 'application/pdf');
}
