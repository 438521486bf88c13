import { TOOLS } from '../tools/registry.ts';
import { ActionGroup, defineAction, type Action } from './action.ts';

// One action per tool, made from the tool's own definition (label and key live
// with the tool), so adding a tool adds its toolbar button and shortcut.
export const toolActions: readonly Action[] = TOOLS.map((tool) =>
  defineAction({
    name: `tool-${tool.id}`,
    label: tool.label,
    group: ActionGroup.tools,
    shortcuts: [{ key: tool.key }],
    readOnlySafe: tool.readOnlySafe,
    perform: (editor) => editor.setTool(tool.id),
  }),
);
