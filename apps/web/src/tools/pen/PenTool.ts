import type { ToolSpec } from '../../editor/tool-host.ts';
import { ToolId } from '../tool-id.ts';
import { defineTool } from '../tool.ts';
import { Drawing } from './Drawing.ts';
import { Idle } from './Idle.ts';

export const PenTool: ToolSpec = defineTool({
  id: ToolId.pen,
  label: 'Pen',
  key: 'p',
  cursor: 'crosshair',
  states: [Idle, Drawing],
});
