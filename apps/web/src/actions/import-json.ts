import { adoptBoardJson } from '../assets/board-json-assets.ts';
import { importBoardJson } from '../editor/import-json.ts';
import { ActionGroup, defineAction } from './action.ts';

export const importJsonAction = defineAction({
  name: 'import-json',
  label: 'Import JSON…',
  group: ActionGroup.file,
  shortcuts: [{ key: 'o', accel: true }],
  async perform(editor) {
    const text = await editor.platform.openTextFile('.json,application/json');
    if (text !== null) importBoardJson(editor, await adoptBoardJson(editor, text));
  },
});
