import { EraserTool } from './eraser/EraserTool.ts';
import { HandTool } from './hand/HandTool.ts';
import { ArrowTool, LineTool } from './line/line-tools.ts';
import { NoteTool } from './note/NoteTool.ts';
import { PenTool } from './pen/PenTool.ts';
import { SelectTool } from './select/SelectTool.ts';
import { TextTool } from './text/TextTool.ts';
import { DiamondTool, EllipseTool, RectTool } from './shape/shape-tools.ts';
import type { ToolDefinition } from './tool.ts';

/** Every tool, in toolbar order. */
export const TOOLS: readonly ToolDefinition[] = [
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
];
