import { ActionGroup, defineAction } from './action.ts';

export const toggleSnappingAction = defineAction({
  name: 'toggle-snapping',
  label: 'Snap to shapes',
  group: ActionGroup.view,
  shortcuts: [{ code: 'KeyS', alt: true }],
  readOnlySafe: true,
  perform: (editor) => editor.session.update({ objectSnap: !editor.state.objectSnap }),
});
