import type { ClipboardAccess } from '../actions/action.ts';
import type { ActionRegistry } from '../actions/action-registry.ts';
import { VIEW_ONLY_MESSAGE } from '../assets/insert-images.ts';
import type { Editor } from '../editor/editor.ts';
import { isAccel, type KeyInput } from '../editor/input.ts';

/** Keys typed into a field (the title, the text editor) are not canvas shortcuts. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function toKey(event: KeyboardEvent): KeyInput {
  return {
    key: event.key,
    code: event.code,
    repeat: event.repeat,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
  };
}

/**
 * Window-level keys and clipboard for the board. Copy, cut and paste come through the
 * browser's clipboard events (no permission prompt, works between boards and tabs) and
 * run the registry's copy, cut and paste actions on the event's data; every other key
 * goes to the editor, which asks the active tool and then the registry's shortcuts.
 */
export function bridgeKeyboard(editor: Editor, actions: ActionRegistry): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (isEditable(event.target) || event.isComposing) return;
    const key = event.key.toLowerCase();
    // Let the browser raise copy/cut/paste events for these.
    if (isAccel(event) && !event.shiftKey && (key === 'c' || key === 'x' || key === 'v')) return;
    if (editor.keyDown(toKey(event))) event.preventDefault();
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (isEditable(event.target)) return;
    editor.dispatcher.keyUp(toKey(event));
  };
  const onBlur = () => editor.dispatcher.pointerCancel();

  const clipboardAction = (name: 'copy' | 'cut' | 'paste') => (event: ClipboardEvent) => {
    const data = event.clipboardData;
    if (isEditable(event.target) || !data) return;
    // The event's data is only usable while it is dispatched: copy and cut write it before
    // their first await; what a paste reads is taken now.
    const text = name === 'paste' ? data.getData('text/plain') : '';
    const files = name === 'paste' ? [...data.files] : [];
    const clipboard: ClipboardAccess = {
      writeClipboard: async (written) => data.setData('text/plain', written),
      readClipboard: async () => text,
      readClipboardFiles: async () => files,
    };
    if (actions.run(editor, name, { source: 'keyboard', shiftKey: false, clipboard })) {
      event.preventDefault();
    } else if (files.length > 0 && editor.readOnly) {
      editor.platform.notify(VIEW_ONLY_MESSAGE);
    }
  };
  const onCopy = clipboardAction('copy');
  const onCut = clipboardAction('cut');
  const onPaste = clipboardAction('paste');

  window.addEventListener('keydown', onKeyDown);
  window.addEventListener('keyup', onKeyUp);
  window.addEventListener('blur', onBlur);
  document.addEventListener('copy', onCopy);
  document.addEventListener('cut', onCut);
  document.addEventListener('paste', onPaste);
  return () => {
    window.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('keyup', onKeyUp);
    window.removeEventListener('blur', onBlur);
    document.removeEventListener('copy', onCopy);
    document.removeEventListener('cut', onCut);
    document.removeEventListener('paste', onPaste);
  };
}
