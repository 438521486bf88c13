import { exportPdf } from '../editor/export/export-pdf.ts';
import { ActionGroup, defineAction } from './action.ts';

export const exportPdfAction = defineAction({
  name: 'export-pdf',
  label: 'Export as PDF',
  group: ActionGroup.file,
  shortcuts: [],
  readOnlySafe: true,
  isEnabled: (editor) => editor.index.size > 0,
  perform: (editor) => exportPdf(editor),
});
