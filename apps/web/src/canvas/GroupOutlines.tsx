import { boundsOfShapes } from '@sketchroom/board-model';
import type Konva from 'konva';
import { useEffect, useRef } from 'react';
import { Shape as KonvaShape } from 'react-konva';
import type { Editor } from '../editor/editor.ts';
import { selectedGroups } from '../editor/groups.ts';
import { useEditorState } from '../editor-ui/use-editor-state.ts';

// Outside the resize handles (padding 4, anchors 9 px), so the dashes stay clear of them.
const PAD_PX = 12;

/** Dashed outlines around each selected group and, fainter, around the group entered. */
export function GroupOutlines({ editor, color }: { editor: Editor; color: string }) {
  const node = useRef<Konva.Shape>(null);
  const selectedIds = useEditorState(editor, (s) => s.selectedIds);
  const focusedGroup = useEditorState(editor, (s) => s.focusedGroup);
  const zoom = useEditorState(editor, (s) => s.camera.zoom);

  useEffect(() => {
    const redraw = () => node.current?.getLayer()?.batchDraw();
    redraw();
    // Members move under the outline (a drag, a peer, undo): follow them.
    return editor.index.subscribe(redraw);
  }, [editor, selectedIds, focusedGroup, zoom]);

  return (
    <KonvaShape
      ref={node}
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context) => drawGroupOutlines(context._context, editor, color)}
    />
  );
}

function drawGroupOutlines(ctx: CanvasRenderingContext2D, editor: Editor, color: string): void {
  const zoom = editor.camera.zoom;
  const outline = (group: string, dash: number, alpha: number) => {
    const box = boundsOfShapes(editor.groupMembers(group));
    if (!box) return;
    const pad = PAD_PX / zoom;
    ctx.globalAlpha = alpha;
    ctx.setLineDash([dash / zoom, dash / zoom]);
    ctx.strokeRect(box.x - pad, box.y - pad, box.width + pad * 2, box.height + pad * 2);
  };
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = 1 / zoom;
  const focused = editor.focusedGroup;
  if (focused !== null) outline(focused, 3, 0.7);
  for (const group of selectedGroups(editor, editor.selectedShapes())) outline(group, 6, 1);
  ctx.restore();
}
