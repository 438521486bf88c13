import type { ActionRegistry } from '../actions/action-registry.ts';
import type { Editor } from '../editor/editor.ts';
import { ActionsContext } from './actions-context.ts';
import { HelpPanel } from './HelpPanel.tsx';
import { MainMenu } from './MainMenu.tsx';
import { StylePanel } from './StylePanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { ZoomControls } from './ZoomControls.tsx';
import './editor-ui.css';

/** The floating controls over the canvas; every button runs an action of `actions`. */
export function EditorUi({ editor, actions }: { editor: Editor; actions: ActionRegistry }) {
  return (
    <ActionsContext value={actions}>
      <div className="sr-ui">
        <Toolbar editor={editor} />
        <StylePanel editor={editor} />
        <ZoomControls editor={editor} />
        <MainMenu editor={editor} />
        <HelpPanel editor={editor} />
      </div>
    </ActionsContext>
  );
}
