import { ToolId, type ToolDefinition } from '../tool.ts';
import { Idle } from './Idle.ts';

export const TextTool: ToolDefinition = {
  id: ToolId.text,
  label: 'Text',
  key: 't',
  cursor: 'text',
  states: [Idle],
};
