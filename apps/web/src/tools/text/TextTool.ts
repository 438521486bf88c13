import type { ToolSpec } from '../../editor/tool-host.ts';
import { ToolId } from '../tool-id.ts';
import { defineTool } from '../tool.ts';
import { Idle } from './Idle.ts';

export const TextTool: ToolSpec = defineTool({
  id: ToolId.text,
  label: 'Text',
  key: 't',
  cursor: 'text',
  states: [Idle],
});
