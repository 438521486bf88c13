import { unlockAll } from '../editor/lock.ts';
import { ActionGroup, defineAction } from './action.ts';

export const unlockAllAction = defineAction({
  name: 'unlock-all',
  label: 'Unlock all',
  group: ActionGroup.arrange,
  shortcuts: [],
  isEnabled: (editor) => editor.index.all().some((shape) => shape.locked),
  perform: (editor) => void unlockAll(editor),
});
