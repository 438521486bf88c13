import { prepareSvg } from '../editor/export/export-image.ts';
import { ActionGroup, defineAction } from './action.ts';
import { copyImage } from './copy-image.ts';

/** The selection (or the whole board) as SVG: markup as text, and as an image where supported. */
export const copyAsSvgAction = defineAction({
  name: 'copy-as-svg',
  label: 'Copy as SVG',
  group: ActionGroup.edit,
  shortcuts: [],
  readOnlySafe: true,
  isEnabled: (editor) => editor.index.size > 0,
  perform(editor) {
    // Handed over unfinished, as copy as PNG does: the pictures' files may take a moment,
    // and the browser keeps the click's permission while the promises settle.
    const svg = prepareSvg(editor).then(
      (result) => result?.svg ?? Promise.reject(new Error('nothing to copy')),
    );
    svg.catch(() => undefined); // a failed render is reported through the write below
    return copyImage(editor, 'SVG', {
      'text/plain': svg.then((text) => new Blob([text], { type: 'text/plain' })),
      'image/svg+xml': svg.then((text) => new Blob([text], { type: 'image/svg+xml' })),
    });
  },
});
