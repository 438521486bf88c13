import { exportPng } from '../editor/export/export-image.ts';
import { ActionGroup, defineAction } from './action.ts';

export const exportPngAction = defineAction({
  name: 'export-png',
  label: 'Export as PNG',
  group: ActionGroup.file,
  shortcuts: [{ key: 'e', accel: true, shift: true }],
  readOnlySafe: true,
  isEnabled: (editor) => editor.index.size > 0,
  perform: (editor) => exportPng(editor),
});
