import { ToolId, type ToolDefinition } from '../tool.ts';
import { Idle } from './Idle.ts';

export const NoteTool: ToolDefinition = {
  id: ToolId.note,
  label: 'Sticky note',
  key: 'n',
  cursor: 'crosshair',
  states: [Idle],
};
