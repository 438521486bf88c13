import type Konva from 'konva';
import { useEffect, useRef } from 'react';
import { Shape as KonvaShape } from 'react-konva';
import type { Editor } from '../editor/editor.ts';
import { useEditorState } from '../editor-ui/use-editor-state.ts';
import { arrowEnds, END_HANDLE_PX, soleSelectedArrow } from '../tools/select/arrow-ends.ts';

const ACCENT = '#5b57d1';

/**
 * Round handles on the ends of the one selected arrow. Drawing only: a press on
 * one reaches the select tool, which starts dragging that end (arrow-ends.ts).
 */
export function ArrowEndHandles({ editor }: { editor: Editor }) {
  const node = useRef<Konva.Shape>(null);
  const selectedIds = useEditorState(editor, (s) => s.selectedIds);
  const zoom = useEditorState(editor, (s) => s.camera.zoom);
  const visible = useEditorState(
    editor,
    (s) => !s.readOnly && s.editingId === null && s.toolId === editor.homeToolId,
  );

  useEffect(() => {
    const redraw = () => node.current?.getLayer()?.batchDraw();
    redraw();
    return editor.index.subscribe(redraw);
  }, [editor, selectedIds, zoom, visible]);

  if (!visible || selectedIds.length !== 1) return null;
  return (
    <KonvaShape
      ref={node}
      name="arrow-end-handles"
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context) => {
        const arrow = soleSelectedArrow(selectedIds.flatMap((id) => editor.getShape(id) ?? []));
        const ends = arrow && arrowEnds(arrow);
        if (!ends) return;
        const ctx = context._context;
        const radius = (END_HANDLE_PX - 3) / zoom;
        for (const p of [ends.start, ends.end]) {
          ctx.beginPath();
          ctx.arc(p.x, p.y, radius, 0, Math.PI * 2);
          ctx.fillStyle = '#ffffff';
          ctx.fill();
          ctx.lineWidth = 1.5 / zoom;
          ctx.strokeStyle = ACCENT;
          ctx.stroke();
        }
      }}
    />
  );
}
