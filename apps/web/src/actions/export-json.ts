import { ActionGroup, defineAction } from './action.ts';
import { exportFileName } from '../editor/export/export-image.ts';

export const exportJsonAction = defineAction({
  name: 'export-json',
  label: 'Save as JSON',
  group: ActionGroup.file,
  shortcuts: [{ key: 's', accel: true }],
  readOnlySafe: true,
  perform(editor) {
    const ids = editor.selectedIds.length > 0 ? [...editor.selectedIds] : undefined;
    const json = JSON.stringify(editor.board.exportJson(ids), null, 2);
    editor.platform.download(exportFileName(editor, 'json'), json, 'application/json');
  },
});
