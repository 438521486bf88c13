import { ActionGroup, defineAction } from './action.ts';

export const toggleHelpAction = defineAction({
  name: 'toggle-help',
  label: 'Keyboard shortcuts',
  group: ActionGroup.view,
  shortcuts: [{ key: '?', shift: 'any' }],
  readOnlySafe: true,
  perform: (editor) => editor.setHelpOpen(!editor.state.helpOpen),
});
