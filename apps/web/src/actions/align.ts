import { alignSelection, Alignment, distributeSelection, hasUnits } from '../editor/align.ts';
import { ActionGroup, defineAction, type Action, type Shortcut } from './action.ts';

function align(alignment: Alignment, label: string, shortcuts: Shortcut[] = []): Action {
  return defineAction({
    name: `align-${alignment}`,
    label,
    group: ActionGroup.arrange,
    shortcuts,
    isEnabled: (editor) => hasUnits(editor, 2),
    perform: (editor) => alignSelection(editor, alignment),
  });
}

function distribute(axis: 'x' | 'y', name: string, label: string, code: string): Action {
  return defineAction({
    name,
    label,
    group: ActionGroup.arrange,
    shortcuts: [{ code, alt: true }],
    isEnabled: (editor) => hasUnits(editor, 3),
    perform: (editor) => distributeSelection(editor, axis),
  });
}

// Excalidraw's keys: Ctrl+Shift+arrow aligns to that side, Alt+H / Alt+V distributes.
export const alignActions: readonly Action[] = [
  align(Alignment.left, 'Align left', [{ key: 'arrowleft', accel: true, shift: true }]),
  align(Alignment.center, 'Align centres horizontally'),
  align(Alignment.right, 'Align right', [{ key: 'arrowright', accel: true, shift: true }]),
  align(Alignment.top, 'Align top', [{ key: 'arrowup', accel: true, shift: true }]),
  align(Alignment.middle, 'Align middles vertically'),
  align(Alignment.bottom, 'Align bottom', [{ key: 'arrowdown', accel: true, shift: true }]),
  distribute('x', 'distribute-horizontally', 'Distribute horizontally', 'KeyH'),
  distribute('y', 'distribute-vertically', 'Distribute vertically', 'KeyV'),
];
