import { buildSvg } from '../editor/export/export-image.ts';
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
  async perform(editor) {
    const result = buildSvg(editor);
    if (!result) return;
    await copyImage(editor, 'SVG', {
      'text/plain': new Blob([result.svg], { type: 'text/plain' }),
      'image/svg+xml': new Blob([result.svg], { type: 'image/svg+xml' }),
    });
  },
});
