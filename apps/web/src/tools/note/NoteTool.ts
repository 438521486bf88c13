import type { ToolSpec } from '../../editor/tool-host.ts';
import { ToolId } from '../tool-id.ts';
import { defineTool } from '../tool.ts';
import { Idle } from './Idle.ts';

export const NoteTool: ToolSpec = defineTool({
  id: ToolId.note,
  label: 'Sticky note',
  key: 'n',
  cursor: 'crosshair',
  states: [Idle],
});
