import { hasLabel, hasText, type Style } from '@sketchroom/board-model';

/** Types drawn as outlines: they take a stroke style and the hand-drawn look. */
const OUTLINED: ReadonlySet<string> = new Set(['rect', 'ellipse', 'diamond', 'line', 'arrow']);

type ScopedField = 'strokeStyle' | 'roughness' | 'fontFamily' | 'startHead' | 'endHead' | 'routing';

/** Which shape types each schema-version-2 style field means something to. */
const SCOPES: Record<ScopedField, (type: string) => boolean> = {
  strokeStyle: (type) => OUTLINED.has(type),
  roughness: (type) => OUTLINED.has(type),
  fontFamily: (type) => hasText(type) || hasLabel(type),
  startHead: (type) => type === 'arrow',
  endHead: (type) => type === 'arrow',
  routing: (type) => type === 'arrow',
};

/** Whether any of `types` uses the field: the panel shows its section only then. */
export function usesStyleField(types: readonly string[], field: ScopedField): boolean {
  return types.some((type) => SCOPES[field](type));
}

/** The patch without the fields that mean nothing to `type` (no arrowheads planted on a rect). */
export function scopedStyle(type: string, patch: Partial<Style>): Partial<Style> {
  const style = { ...patch };
  for (const field of Object.keys(SCOPES) as ScopedField[]) {
    if (field in style && !SCOPES[field](type)) delete style[field];
  }
  return style;
}

/** The shape type a drawing tool makes (tool ids are type names, except the pen's). */
export function typeOfTool(toolId: string): string {
  return toolId === 'pen' ? 'draw' : toolId;
}
