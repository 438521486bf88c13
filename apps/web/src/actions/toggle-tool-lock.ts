import { ActionGroup, defineAction } from './action.ts';

export const toggleToolLockAction = defineAction({
  name: 'toggle-tool-lock',
  label: 'Keep tool after drawing',
  group: ActionGroup.tools,
  shortcuts: [{ key: 'q' }],
  perform: (editor) => editor.session.update({ toolLocked: !editor.state.toolLocked }),
});
