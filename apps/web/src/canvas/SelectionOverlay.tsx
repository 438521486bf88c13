import { ShapeType } from '@sketchroom/board-model';
import type Konva from 'konva';
import { useEffect, useRef } from 'react';
import { Rect, Shape as KonvaShape, Transformer } from 'react-konva';
import type { Editor } from '../editor/editor.ts';
import { applyTransform } from '../editor/transform.ts';
import { useEditorState } from '../editor-ui/use-editor-state.ts';
import { soleSelectedArrow } from '../tools/select/arrow-ends.ts';
import { ArrowEndHandles } from './ArrowEndHandles.tsx';
import { BindingHint } from './BindingHint.tsx';
import { GroupOutlines } from './GroupOutlines.tsx';
import { drawPeerSelections } from './peer-selections.ts';
import type { ShapesRenderer } from './shapes-renderer.ts';

const ACCENT = '#5b57d1';
const ALL_ANCHORS = [
  'top-left',
  'top-center',
  'top-right',
  'middle-right',
  'middle-left',
  'bottom-left',
  'bottom-center',
  'bottom-right',
];
const CORNERS = ['top-left', 'top-right', 'bottom-left', 'bottom-right'];

interface Props {
  editor: Editor;
  renderer: ShapesRenderer | null;
}

/** Resize/rotate handles for our selection, the marquee, and peers' selections. */
export function SelectionOverlay({ editor, renderer }: Props) {
  const transformer = useRef<Konva.Transformer>(null);
  const peersShape = useRef<Konva.Shape>(null);
  const selectedIds = useEditorState(editor, (s) => s.selectedIds);
  const editingId = useEditorState(editor, (s) => s.editingId);
  const readOnly = useEditorState(editor, (s) => s.readOnly);
  const brush = useEditorState(editor, (s) => s.brush);
  const zoom = useEditorState(editor, (s) => s.camera.zoom);
  const toolId = useEditorState(editor, (s) => s.toolId);

  useEffect(() => {
    const tr = transformer.current;
    if (!tr || !renderer) return undefined;
    const attach = () => {
      const show = !readOnly && editingId === null && toolId === editor.homeToolId;
      // One arrow alone is edited by its end handles (ArrowEndHandles), not a box.
      const arrowAlone = soleSelectedArrow(selectedIds.flatMap((id) => editor.getShape(id) ?? []));
      const nodes =
        show && !arrowAlone ? selectedIds.flatMap((id) => renderer.nodeFor(id) ?? []) : [];
      const onlyText = selectedIds.every((id) => editor.getShape(id)?.type === ShapeType.text);
      tr.setAttrs({ enabledAnchors: onlyText ? CORNERS : ALL_ANCHORS, keepRatio: onlyText });
      tr.nodes(nodes);
      tr.getLayer()?.batchDraw();
    };
    attach();
    // Shapes change under the handles (a peer's edit, undo): keep the box on them.
    return editor.index.subscribe((change) => {
      if (change.upserted.some((id) => selectedIds.includes(id))) tr.forceUpdate();
      else if (change.removed.length > 0) attach();
    });
  }, [editor, renderer, selectedIds, editingId, readOnly, toolId]);

  useEffect(() => {
    const tr = transformer.current;
    if (!tr) return undefined;
    const report = () =>
      applyTransform(
        editor,
        tr.nodes().map((node) => ({
          id: node.id() as never,
          x: node.x(),
          y: node.y(),
          scaleX: node.scaleX(),
          scaleY: node.scaleY(),
          rotation: node.rotation(),
        })),
      );
    tr.on('transformstart', () => editor.grabHandles());
    tr.on('transform', report);
    tr.on('transformend', () => editor.releaseHandles());
    return () => {
      tr.off('transformstart transform transformend');
    };
  }, [editor]);

  useEffect(() => {
    const redraw = () => peersShape.current?.getLayer()?.batchDraw();
    const stops = [editor.index.subscribe(redraw), editor.presence?.peers.subscribe(redraw)];
    return () => stops.forEach((stop) => stop?.());
  }, [editor]);

  return (
    <>
      <KonvaShape
        ref={peersShape}
        listening={false}
        perfectDrawEnabled={false}
        sceneFunc={(context) => drawPeerSelections(context._context, editor)}
      />
      <GroupOutlines editor={editor} color={ACCENT} />
      {brush && (
        <Rect
          x={brush.x}
          y={brush.y}
          width={brush.width}
          height={brush.height}
          fill="rgba(91, 87, 209, 0.08)"
          stroke={ACCENT}
          strokeWidth={1 / zoom}
          listening={false}
        />
      )}
      <BindingHint editor={editor} />
      <ArrowEndHandles editor={editor} />
      <Transformer
        ref={transformer}
        rotateEnabled
        flipEnabled={false}
        ignoreStroke
        borderStroke={ACCENT}
        anchorStroke={ACCENT}
        anchorFill="#ffffff"
        anchorSize={9}
        anchorCornerRadius={2}
        rotateAnchorOffset={22}
        padding={4}
        rotationSnaps={[0, 45, 90, 135, 180, 225, 270, 315]}
        rotationSnapTolerance={4}
        boundBoxFunc={(previous, next) =>
          Math.abs(next.width) < 4 || Math.abs(next.height) < 4
            ? previous
            : editor.snapping.handlesBox(
                transformer.current?.getActiveAnchor() ?? '',
                next,
                transformer.current?.keepRatio(),
              )
        }
      />
    </>
  );
}
