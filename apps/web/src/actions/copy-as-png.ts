import { buildPng } from '../editor/export/export-image.ts';
import { ActionGroup, defineAction } from './action.ts';
import { copyImage } from './copy-image.ts';

/** The selection (or the whole board) as a PNG image on the clipboard. */
export const copyAsPngAction = defineAction({
  name: 'copy-as-png',
  label: 'Copy as PNG',
  group: ActionGroup.edit,
  shortcuts: [{ key: 'c', shift: true, alt: true }],
  readOnlySafe: true,
  isEnabled: (editor) => editor.index.size > 0,
  perform(editor) {
    // Handed over unfinished: the browser keeps the click's permission while it renders.
    // Painted like the PNG export (fonts loaded first), not rasterised from the SVG.
    const png = buildPng(editor).then(
      (blob) => blob ?? Promise.reject(new Error('nothing to copy')),
    );
    png.catch(() => undefined); // a failed render is reported through the write below
    return copyImage(editor, 'PNG', { 'image/png': png });
  },
});
