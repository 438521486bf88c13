import type { Editor } from '../editor/editor.ts';
import { ActionButton } from './ActionButton.tsx';
import { Icon } from './icons.tsx';
import { useEditorState } from './use-editor-state.ts';

/** The tool picker, top centre under the shell's header. */
export function Toolbar({ editor }: { editor: Editor }) {
  const toolId = useEditorState(editor, (s) => s.toolId);
  const readOnly = useEditorState(editor, (s) => s.readOnly);
  const locked = useEditorState(editor, (s) => s.toolLocked);
  const tools = readOnly ? editor.tools.filter((t) => t.readOnlySafe) : editor.tools;
  return (
    <div className="sr-panel sr-toolbar" role="toolbar" aria-label="Tools" data-testid="toolbar">
      {tools.map((tool) => (
        <button
          key={tool.id}
          type="button"
          className={`sr-button sr-tool${tool.id === toolId ? ' is-active' : ''}`}
          data-testid={`tool-${tool.id}`}
          title={`${tool.label} — ${tool.key.toUpperCase()}`}
          aria-label={tool.label}
          aria-pressed={tool.id === toolId}
          onClick={() => editor.setTool(tool.id)}
        >
          <Icon name={tool.id} />
          <span className="sr-tool-key">{tool.key.toUpperCase()}</span>
        </button>
      ))}
      {!readOnly && (
        <>
          <ActionButton editor={editor} action="insert-image">
            <Icon name="image" />
          </ActionButton>
          <span className="sr-divider" />
          <button
            type="button"
            className={`sr-button${locked ? ' is-active' : ''}`}
            data-testid="tool-lock"
            title="Keep the tool after drawing — Q"
            aria-label="Keep tool after drawing"
            aria-pressed={locked}
            onClick={() => editor.session.update({ toolLocked: !locked })}
          >
            <Icon name={locked ? 'lock' : 'unlock'} />
          </button>
        </>
      )}
    </div>
  );
}
