import { ActionGroup, defineAction, hasSelection, type Action } from './action.ts';

const SMALL = 1;
const LARGE = 10;

function nudge(name: string, label: string, key: string, dx: number, dy: number): Action {
  return defineAction({
    name,
    label,
    group: ActionGroup.arrange,
    shortcuts: [{ key, shift: 'any' }],
    isEnabled: hasSelection,
    perform(editor, { shiftKey }) {
      const step = shiftKey ? LARGE : SMALL;
      editor.updateShapes(
        editor.selectedShapes().map((s) => ({
          id: s.id,
          geom: { x: s.geom.x + dx * step, y: s.geom.y + dy * step },
        })),
      );
    },
  });
}

// Four directions of one command; Shift moves 10 px instead of 1.
export const nudgeActions: readonly Action[] = [
  nudge('nudge-left', 'Nudge left', 'arrowleft', -1, 0),
  nudge('nudge-right', 'Nudge right', 'arrowright', 1, 0),
  nudge('nudge-up', 'Nudge up', 'arrowup', 0, -1),
  nudge('nudge-down', 'Nudge down', 'arrowdown', 0, 1),
];
