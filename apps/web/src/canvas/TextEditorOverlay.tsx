import { ShapeType, type ShapeId } from '@sketchroom/board-model';
import {
  displayColor,
  FONT_FAMILY,
  LINE_HEIGHT,
  NOTE_PADDING,
  NOTE_TEXT,
} from '@sketchroom/board-render';
import { diffText } from '@sketchroom/board-yjs';
import { useCallback, useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { Editor } from '../editor/editor.ts';
import { useEditorState } from '../editor-ui/use-editor-state.ts';
import { measureText } from './measure.ts';

/** The text area over a text or note being edited, bound to the shape's shared Y.Text. */
export function TextEditorOverlay({ editor }: { editor: Editor }) {
  const editingId = useEditorState(editor, (s) => s.editingId);
  if (!editingId) return null;
  return <TextArea key={editingId} editor={editor} id={editingId} />;
}

function TextArea({ editor, id }: { editor: Editor; id: ShapeId }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const camera = useEditorState(editor, (s) => s.camera);
  const theme = useEditorState(editor, (s) => s.theme);
  const shape = useShape(editor, id);

  // Peers typing into the same text: apply their edit and keep our caret in place.
  useEffect(() => {
    const ytext = editor.board.getText(id);
    const element = area.current;
    if (!ytext || !element) return undefined;
    element.value = ytext.toString();
    element.focus();
    element.select();
    const onRemote = () => {
      const next = ytext.toString();
      if (element.value === next) return;
      const splice = diffText(element.value, next);
      const shift = (pos: number) =>
        pos <= splice.index
          ? pos
          : Math.max(splice.index, pos + splice.insert.length - splice.deleteCount);
      const start = shift(element.selectionStart);
      const end = shift(element.selectionEnd);
      element.value = next;
      element.setSelectionRange(start, end);
    };
    ytext.observe(onRemote);
    return () => ytext.unobserve(onRemote);
  }, [editor, id]);

  useLayoutEffect(() => {
    area.current?.focus({ preventScroll: true });
    // A press on the shape being edited takes focus away; give it back on release.
    const refocus = () => {
      if (editor.editingId === id) area.current?.focus({ preventScroll: true });
    };
    window.addEventListener('pointerup', refocus);
    return () => window.removeEventListener('pointerup', refocus);
  }, [editor, id]);

  if (!shape) return null;
  const isNote = shape.type === ShapeType.note;
  const fontSize = shape.style.fontSize ?? 20;
  const { x, y, width, height, rotation } = shape.geom;
  const zoom = camera.zoom;
  const pad = isNote ? NOTE_PADDING : 0;

  const onInput = () => {
    const element = area.current;
    if (!element) return;
    const text = element.value;
    if (isNote) {
      editor.setShapeText(id, text);
      return;
    }
    const lines = text.split('\n');
    const measured = Math.max(fontSize * 0.5, ...lines.map((line) => measureText(line, fontSize)));
    editor.setShapeText(id, text, {
      width: Math.ceil(measured + 2),
      height: lines.length * fontSize * LINE_HEIGHT,
    });
  };

  return (
    <textarea
      ref={area}
      data-testid="text-editor"
      className="sr-text-editor"
      spellCheck={false}
      onInput={onInput}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape' || (event.key === 'Enter' && (event.metaKey || event.ctrlKey))) {
          event.preventDefault();
          editor.stopEditing();
        }
      }}
      onBlur={() => {
        // A press on the canvas decides for itself (EditingText) whether editing ends.
        if (!editor.pointer.isPointerDown) editor.stopEditing();
      }}
      style={{
        left: (x - camera.x) * zoom,
        top: (y - camera.y) * zoom,
        width: Math.max(width, isNote ? 0 : fontSize * 4) * zoom + 4,
        height: height * zoom,
        padding: pad * zoom,
        transform: `rotate(${rotation}deg)`,
        font: `${fontSize * zoom}px ${FONT_FAMILY}`,
        lineHeight: String(LINE_HEIGHT),
        color: displayColor(shape.style.stroke, theme, isNote) || NOTE_TEXT,
        whiteSpace: isNote ? 'pre-wrap' : 'pre',
      }}
    />
  );
}

function useShape(editor: Editor, id: ShapeId) {
  const subscribe = useCallback(
    (listener: () => void) =>
      editor.index.subscribe((change) => {
        if (change.upserted.includes(id) || change.removed.includes(id)) listener();
      }),
    [editor, id],
  );
  return useSyncExternalStore(subscribe, () => editor.getShape(id));
}
