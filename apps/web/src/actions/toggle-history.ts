import { toggleHistory } from '../history/history-store.ts';
import { ActionGroup, defineAction } from './action.ts';

export const toggleHistoryAction = defineAction({
  name: 'toggle-history',
  label: 'Version history',
  group: ActionGroup.view,
  shortcuts: [{ key: 'h', accel: true, alt: true }],
  readOnlySafe: true,
  perform: () => toggleHistory(),
});
