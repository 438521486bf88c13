import type { ShapeId } from '@sketchroom/board-model';
import type { Session } from './session.ts';

/** The session's shape lists without shapes someone else deleted; unchanged lists stay as they are. */
export function withoutRemoved(
  state: Session,
  gone: ReadonlySet<string>,
): Pick<Session, 'selectedIds' | 'gestureIds' | 'erasingIds'> {
  return {
    selectedIds: keep(state.selectedIds, gone),
    gestureIds: keep(state.gestureIds, gone),
    erasingIds: keep(state.erasingIds, gone),
  };
}

function keep(ids: readonly ShapeId[], gone: ReadonlySet<string>): readonly ShapeId[] {
  return ids.some((id) => gone.has(id)) ? ids.filter((id) => !gone.has(id)) : ids;
}
