import { Line } from 'react-konva';
import type { Editor } from '../editor/editor.ts';
import { useEditorState } from '../editor-ui/use-editor-state.ts';

const GUIDE_COLOR = '#e8590c';
/** Screen pixels the guide runs past the boxes it joins. */
const OVERHANG_PX = 8;

/** The lines a drag or resize has snapped to, drawn while it lasts (page coordinates). */
export function SnapGuides({ editor }: { editor: Editor }) {
  const guides = useEditorState(editor, (s) => s.snapGuides);
  const zoom = useEditorState(editor, (s) => s.camera.zoom);
  const overhang = OVERHANG_PX / zoom;
  return guides.map((guide) => {
    const from = guide.from - overhang;
    const to = guide.to + overhang;
    const points =
      guide.axis === 'x' ? [guide.at, from, guide.at, to] : [from, guide.at, to, guide.at];
    return (
      <Line
        key={`${guide.axis}:${guide.at}`}
        name="snap-guide"
        points={points}
        stroke={GUIDE_COLOR}
        strokeWidth={1 / zoom}
        listening={false}
        perfectDrawEnabled={false}
      />
    );
  });
}
