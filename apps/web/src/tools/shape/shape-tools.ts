import { ToolId, type ToolDefinition } from '../tool.ts';
import { Idle } from './Idle.ts';
import { Pointing } from './Pointing.ts';
import { Sizing } from './Sizing.ts';

// Rectangle, ellipse and diamond share one state machine; the tool id picks the type.
const states = [Idle, Pointing, Sizing] as const;

export const RectTool: ToolDefinition = {
  id: ToolId.rect,
  label: 'Rectangle',
  key: 'r',
  cursor: 'crosshair',
  states,
};

export const EllipseTool: ToolDefinition = {
  id: ToolId.ellipse,
  label: 'Ellipse',
  key: 'o',
  cursor: 'crosshair',
  states,
};

export const DiamondTool: ToolDefinition = {
  id: ToolId.diamond,
  label: 'Diamond',
  key: 'd',
  cursor: 'crosshair',
  states,
};
