import type { ArrowBinding, Geom, ShapeId, Style } from '@sketchroom/board-model';

/** A change to one shape, for BoardDoc.updateShapes. */
export interface ShapePatch {
  id: ShapeId;
  geom?: Partial<Geom>;
  style?: Partial<Style>;
  index?: string;
  /** Replaces the arrow's whole binding; null removes it. */
  binding?: ArrowBinding | null;
  /** Replaces the group list (outermost first); null or [] removes it. */
  groups?: readonly string[] | null;
  locked?: boolean;
}
