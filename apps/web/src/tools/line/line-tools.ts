import { ToolId, type ToolDefinition } from '../tool.ts';
import { Drawing } from './Drawing.ts';
import { Idle } from './Idle.ts';
import { Pointing } from './Pointing.ts';

const states = [Idle, Pointing, Drawing] as const;

export const LineTool: ToolDefinition = {
  id: ToolId.line,
  label: 'Line',
  key: 'l',
  cursor: 'crosshair',
  states,
};

export const ArrowTool: ToolDefinition = {
  id: ToolId.arrow,
  label: 'Arrow',
  key: 'a',
  cursor: 'crosshair',
  states,
};
