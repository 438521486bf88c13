import { boardJsonWithAssets } from '../assets/board-json-assets.ts';
import { ActionGroup, defineAction } from './action.ts';
import { exportFileName } from '../editor/export/export-image.ts';

export const exportJsonAction = defineAction({
  name: 'export-json',
  label: 'Save as JSON',
  group: ActionGroup.file,
  shortcuts: [{ key: 's', accel: true }],
  readOnlySafe: true,
  async perform(editor) {
    const ids = editor.selectedIds.length > 0 ? [...editor.selectedIds] : undefined;
    const { json, missing } = await boardJsonWithAssets(editor, ids);
    editor.platform.download(
      exportFileName(editor, 'json'),
      JSON.stringify(json, null, 2),
      'application/json',
    );
    if (missing > 0) {
      editor.platform.notify(`${missing} image(s) could not be loaded and are not in the file.`);
    }
  },
});
