import { EraserTool } from './eraser/EraserTool.ts';
import { HandTool } from './hand/HandTool.ts';
import { LaserTool } from './laser/LaserTool.ts';
import { ArrowTool, LineTool } from './line/line-tools.ts';
import { NoteTool } from './note/NoteTool.ts';
import { PenTool } from './pen/PenTool.ts';
import { SelectTool } from './select/SelectTool.ts';
import { TextTool } from './text/TextTool.ts';
import { DiamondTool, EllipseTool, RectTool } from './shape/shape-tools.ts';
import type { ToolSpec } from '../editor/tool-host.ts';
import { ToolId } from './tool-id.ts';

/** Every tool, in toolbar order; the first (select) is the editor's home tool. */
export const TOOLS: readonly ToolSpec[] = [
  SelectTool,
  HandTool,
  RectTool,
  EllipseTool,
  DiamondTool,
  LineTool,
  ArrowTool,
  PenTool,
  TextTool,
  NoteTool,
  EraserTool,
  LaserTool,
];

/** The tool the space bar switches to while held. */
export const PAN_TOOL_ID = ToolId.hand;
