import type { ToolSpec } from '../../editor/tool-host.ts';
import { ToolId } from '../tool-id.ts';
import { defineTool } from '../tool.ts';
import { Idle } from './Idle.ts';
import { Pointing } from './Pointing.ts';
import { Sizing } from './Sizing.ts';

// Rectangle, ellipse and diamond share one state machine; the tool id picks the type.
const states = [Idle, Pointing, Sizing] as const;

export const RectTool: ToolSpec = defineTool({
  id: ToolId.rect,
  label: 'Rectangle',
  key: 'r',
  cursor: 'crosshair',
  states,
});

export const EllipseTool: ToolSpec = defineTool({
  id: ToolId.ellipse,
  label: 'Ellipse',
  key: 'o',
  cursor: 'crosshair',
  states,
});

export const DiamondTool: ToolSpec = defineTool({
  id: ToolId.diamond,
  label: 'Diamond',
  key: 'd',
  cursor: 'crosshair',
  states,
});
