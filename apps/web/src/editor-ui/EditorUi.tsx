import type { Editor } from '../editor/editor.ts';
import { HelpPanel } from './HelpPanel.tsx';
import { MainMenu } from './MainMenu.tsx';
import { StylePanel } from './StylePanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { ZoomControls } from './ZoomControls.tsx';
import './editor-ui.css';

/** The floating controls over the canvas. */
export function EditorUi({ editor }: { editor: Editor }) {
  return (
    <div className="sr-ui">
      <Toolbar editor={editor} />
      <StylePanel editor={editor} />
      <ZoomControls editor={editor} />
      <MainMenu editor={editor} />
      <HelpPanel editor={editor} />
    </div>
  );
}
