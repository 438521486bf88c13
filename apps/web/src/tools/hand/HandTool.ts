import { ToolId, type ToolDefinition } from '../tool.ts';
import { Idle } from './Idle.ts';
import { Panning } from './Panning.ts';

export const HandTool: ToolDefinition = {
  id: ToolId.hand,
  label: 'Hand',
  key: 'h',
  cursor: 'grab',
  states: [Idle, Panning],
};
