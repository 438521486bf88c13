import type { ToolSpec } from '../../editor/tool-host.ts';
import { ToolId } from '../tool-id.ts';
import { defineTool } from '../tool.ts';
import { Brushing } from './Brushing.ts';
import { DraggingArrowEnd } from './DraggingArrowEnd.ts';
import { EditingText } from './EditingText.ts';
import { Idle } from './Idle.ts';
import { PointingCanvas } from './PointingCanvas.ts';
import { PointingShape } from './PointingShape.ts';
import { Transforming } from './Transforming.ts';
import { Translating } from './Translating.ts';

export const SelectTool: ToolSpec = defineTool({
  id: ToolId.select,
  label: 'Select',
  key: 'v',
  cursor: 'default',
  readOnlySafe: true,
  states: [
    Idle,
    PointingCanvas,
    PointingShape,
    Brushing,
    Translating,
    Transforming,
    EditingText,
    DraggingArrowEnd,
  ],
});
