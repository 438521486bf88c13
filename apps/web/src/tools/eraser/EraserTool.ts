import { ToolId, type ToolDefinition } from '../tool.ts';
import { Erasing } from './Erasing.ts';
import { Idle } from './Idle.ts';

export const EraserTool: ToolDefinition = {
  id: ToolId.eraser,
  label: 'Eraser',
  key: 'e',
  cursor: 'cell',
  states: [Idle, Erasing],
};
