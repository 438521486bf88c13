import { insertImageFiles } from '../assets/insert-images.ts';
import { IMAGE_MIMES } from '../assets/image-header.ts';
import { viewCenter } from './paste.ts';
import { ActionGroup, defineAction } from './action.ts';

export const insertImageAction = defineAction({
  name: 'insert-image',
  label: 'Insert image…',
  group: ActionGroup.edit,
  shortcuts: [],
  async perform(editor) {
    const files = await editor.platform.openFiles(IMAGE_MIMES.join(','));
    await insertImageFiles(editor, files, viewCenter(editor));
  },
});
