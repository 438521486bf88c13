import type { RefObject } from 'react';
import type { ActionRegistry } from '../actions/action-registry.ts';
import type { Editor } from '../editor/editor.ts';
import { HistoryUi } from '../history/HistoryUi.tsx';
import { ActionsContext } from './actions-context.ts';
import { BackToContent } from './BackToContent.tsx';
import { ContextMenu } from './ContextMenu.tsx';
import { HelpPanel } from './HelpPanel.tsx';
import { MainMenu } from './MainMenu.tsx';
import { StylePanel } from './StylePanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { ZoomControls } from './ZoomControls.tsx';
import './editor-ui.css';

interface Props {
  editor: Editor;
  actions: ActionRegistry;
  /** The canvas element, whose right-clicks open the context menu. */
  canvas: RefObject<HTMLElement | null>;
}

/** The floating controls over the canvas; every button runs an action of `actions`. */
export function EditorUi({ editor, actions, canvas }: Props) {
  return (
    <ActionsContext value={actions}>
      <div className="sr-ui">
        <HistoryUi editor={editor} />
        <Toolbar editor={editor} />
        <StylePanel editor={editor} />
        <ZoomControls editor={editor} />
        <BackToContent editor={editor} />
        <MainMenu editor={editor} />
        <HelpPanel editor={editor} />
        <ContextMenu editor={editor} canvas={canvas} />
      </div>
    </ActionsContext>
  );
}
