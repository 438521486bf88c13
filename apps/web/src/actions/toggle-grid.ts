import { ActionGroup, defineAction } from './action.ts';

export const toggleGridAction = defineAction({
  name: 'toggle-grid',
  label: 'Snap to grid',
  group: ActionGroup.view,
  // Ctrl+' as in Excalidraw; by code, so it is the same key on every layout.
  shortcuts: [{ code: 'Quote', accel: true }],
  readOnlySafe: true,
  perform: (editor) => editor.session.update({ gridOn: !editor.state.gridOn }),
});
