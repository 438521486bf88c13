import { exportSvg } from '../editor/export/export-image.ts';
import { ActionGroup, defineAction } from './action.ts';

export const exportSvgAction = defineAction({
  name: 'export-svg',
  label: 'Export as SVG',
  group: ActionGroup.file,
  shortcuts: [],
  readOnlySafe: true,
  isEnabled: (editor) => editor.index.size > 0,
  perform: (editor) => exportSvg(editor),
});
