/** Every tool of the app by id: toolbar order, shortcuts and tests use these. */
export const ToolId = {
  select: 'select',
  hand: 'hand',
  rect: 'rect',
  ellipse: 'ellipse',
  diamond: 'diamond',
  line: 'line',
  arrow: 'arrow',
  pen: 'pen',
  text: 'text',
  note: 'note',
  eraser: 'eraser',
  laser: 'laser',
} as const;

export type ToolId = (typeof ToolId)[keyof typeof ToolId];
