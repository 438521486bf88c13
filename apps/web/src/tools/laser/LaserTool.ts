import type { ToolSpec } from '../../editor/tool-host.ts';
import { ToolId } from '../tool-id.ts';
import { defineTool } from '../tool.ts';
import { Idle } from './Idle.ts';
import { Pointing } from './Pointing.ts';

/** A fading trail everyone in the room sees; it never writes, so viewers have it too. */
export const LaserTool: ToolSpec = defineTool({
  id: ToolId.laser,
  label: 'Laser pointer',
  key: 'k',
  cursor: 'crosshair',
  readOnlySafe: true,
  states: [Idle, Pointing],
});
