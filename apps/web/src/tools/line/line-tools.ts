import type { ToolSpec } from '../../editor/tool-host.ts';
import { ToolId } from '../tool-id.ts';
import { defineTool } from '../tool.ts';
import { Drawing } from './Drawing.ts';
import { Idle } from './Idle.ts';
import { Pointing } from './Pointing.ts';

const states = [Idle, Pointing, Drawing] as const;

export const LineTool: ToolSpec = defineTool({
  id: ToolId.line,
  label: 'Line',
  key: 'l',
  cursor: 'crosshair',
  states,
});

export const ArrowTool: ToolSpec = defineTool({
  id: ToolId.arrow,
  label: 'Arrow',
  key: 'a',
  cursor: 'crosshair',
  states,
});
