import type { ShapeId } from '@sketchroom/board-model';
import { CANVAS_BACKGROUND, displayColor, LINE_HEIGHT, NOTE_TEXT } from '@sketchroom/board-render';
import { diffText } from '@sketchroom/board-yjs';
import type * as Y from 'yjs';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import type { Editor } from '../editor/editor.ts';
import { fitShapes, writeText } from '../editor/remeasure.ts';
import { useEditorState } from '../editor-ui/use-editor-state.ts';
import { measureText } from './measure.ts';
import { textEditorBox } from './text-editor-box.ts';

/** The text area over a text, note or label being edited, bound to the shape's shared Y.Text. */
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
  // A label has no Y.Text until its first letter: bind again when one appears (ours or a peer's).
  const ytext = shape ? editor.board.getText(id) : undefined;
  useFollowText(area, ytext);

  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return undefined;
    element.value = editor.getShape(id)?.text ?? '';
    element.focus({ preventScroll: true });
    element.select();
    // A press on the shape being edited takes focus away; give it back on release.
    const refocus = () => {
      if (editor.editingId === id) area.current?.focus({ preventScroll: true });
    };
    window.addEventListener('pointerup', refocus);
    return () => window.removeEventListener('pointerup', refocus);
  }, [editor, id]);

  // A peer's typing merged with ours may need more room than either of us made.
  useEffect(() => {
    if (shape) fitShapes(editor, [id]);
  }, [editor, id, shape]);

  if (!shape) return null;
  const box = textEditorBox(shape, shape.text ?? '', measureText);
  const { x, y, width, height, rotation } = shape.geom;
  const zoom = camera.zoom;
  // Laid out at page size and scaled, so it wraps exactly where the canvas's measure does;
  // turned about the shape's centre as the shape is.
  const originX = width / 2 - box.x;
  const originY = height / 2 - box.y;
  const isNote = shape.type === 'note';

  return (
    <textarea
      ref={area}
      data-testid="text-editor"
      className="sr-text-editor"
      spellCheck={false}
      onInput={() => {
        if (area.current) writeText(editor, id, area.current.value);
      }}
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
        left: (x + box.x - camera.x) * zoom,
        top: (y + box.y - camera.y) * zoom,
        width: box.width,
        height: box.height,
        padding: box.padding,
        boxSizing: 'border-box',
        transformOrigin: '0 0',
        transform:
          `scale(${zoom}) translate(${originX}px, ${originY}px) rotate(${rotation}deg) ` +
          `translate(${-originX}px, ${-originY}px)`,
        font: `${box.font.size}px ${box.font.family}`,
        lineHeight: String(LINE_HEIGHT),
        textAlign: box.align,
        whiteSpace: box.wrap ? 'pre-wrap' : 'pre',
        overflowWrap: 'break-word',
        color: displayColor(shape.style.stroke, theme, isNote) || NOTE_TEXT,
        background: box.knockout ? CANVAS_BACKGROUND[theme] : 'transparent',
      }}
    />
  );
}

/** Applies peers' edits of `ytext` to the text area, keeping our caret where it was. */
function useFollowText(area: RefObject<HTMLTextAreaElement | null>, ytext?: Y.Text) {
  useEffect(() => {
    const element = area.current;
    if (!ytext || !element) return undefined;
    const follow = () => {
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
    follow();
    ytext.observe(follow);
    return () => ytext.unobserve(follow);
  }, [area, ytext]);
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
