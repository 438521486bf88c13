import type { ToolSpec } from '../../editor/tool-host.ts';
import { ToolId } from '../tool-id.ts';
import { defineTool } from '../tool.ts';
import { Erasing } from './Erasing.ts';
import { Idle } from './Idle.ts';

export const EraserTool: ToolSpec = defineTool({
  id: ToolId.eraser,
  label: 'Eraser',
  key: 'e',
  cursor: 'cell',
  states: [Idle, Erasing],
});
