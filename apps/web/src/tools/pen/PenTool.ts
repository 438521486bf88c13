import { ToolId, type ToolDefinition } from '../tool.ts';
import { Drawing } from './Drawing.ts';
import { Idle } from './Idle.ts';

export const PenTool: ToolDefinition = {
  id: ToolId.pen,
  label: 'Pen',
  key: 'p',
  cursor: 'crosshair',
  states: [Idle, Drawing],
};
