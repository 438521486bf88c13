import { Line } from 'react-konva';
import type { Editor } from '../editor/editor.ts';
import type { SnapGuide } from '../editor/snapping.ts';
import { useEditorState } from '../editor-ui/use-editor-state.ts';

const GUIDE_COLOR = '#e8590c';
/** Screen pixels a line runs past the boxes it joins; half the length of a gap's end ticks. */
const OVERHANG_PX = 8;
const TICK_PX = 4;

/** Page points of one guide: a line through aligned edges, or a gap with a tick at each end. */
function pointsOf(guide: SnapGuide, zoom: number): number[] {
  // Written for axis 'x'; swapped for 'y'.
  const along = (a: number, across: number) => (guide.axis === 'x' ? [a, across] : [across, a]);
  if (guide.kind === 'gap') {
    const tick = TICK_PX / zoom;
    return [
      ...along(guide.from, guide.at - tick),
      ...along(guide.from, guide.at + tick),
      ...along(guide.from, guide.at),
      ...along(guide.to, guide.at),
      ...along(guide.to, guide.at - tick),
      ...along(guide.to, guide.at + tick),
    ];
  }
  const overhang = OVERHANG_PX / zoom;
  // A line guide of axis 'x' is vertical: x = at, running along y.
  const across = (a: number) => (guide.axis === 'x' ? [guide.at, a] : [a, guide.at]);
  return [...across(guide.from - overhang), ...across(guide.to + overhang)];
}

/** The lines and gaps a drag or resize has snapped to, drawn while it lasts (page coordinates). */
export function SnapGuides({ editor }: { editor: Editor }) {
  const guides = useEditorState(editor, (s) => s.snapGuides);
  const zoom = useEditorState(editor, (s) => s.camera.zoom);
  return guides.map((guide) => (
    <Line
      key={`${guide.kind ?? 'line'}:${guide.axis}:${guide.at}:${guide.from}`}
      name="snap-guide"
      points={pointsOf(guide, zoom)}
      stroke={GUIDE_COLOR}
      strokeWidth={1 / zoom}
      listening={false}
      perfectDrawEnabled={false}
    />
  ));
}
