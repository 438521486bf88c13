import type { ToolSpec } from '../../editor/tool-host.ts';
import { ToolId } from '../tool-id.ts';
import { defineTool } from '../tool.ts';
import { Idle } from './Idle.ts';
import { Panning } from './Panning.ts';

export const HandTool: ToolSpec = defineTool({
  id: ToolId.hand,
  label: 'Hand',
  key: 'h',
  cursor: 'grab',
  readOnlySafe: true,
  states: [Idle, Panning],
});
