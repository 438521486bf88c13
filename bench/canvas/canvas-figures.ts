import type { Figure } from '../figures.ts';
import type { AppResults } from './measure-app.ts';
import { REMOTE_RATE } from './scenarios/remote-burst.ts';
import { VIEWS, type Opened, type ViewName } from './target.ts';

export interface CountResults {
  count: number;
  ours: AppResults & { opened: Opened; fromLocalCopy: Opened };
  reference: AppResults & { opened: Opened };
  /** Shapes a view at each app's zoom shows, worked out from the scene. */
  inView: (zoom: number) => number;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** A camera update that never reached the screen would flatter the count: say so if seen. */
function paintedNote(view: ViewName, results: CountResults): string {
  const ours = results.ours.pan[view];
  const reference = results.reference.pan[view];
  const unpainted = [ours, reference].some(
    (pan) => pan.repaintsPerSecond < 0.85 * pan.updatesPerSecond,
  );
  if (!unpainted) return '';
  return `; repainted only ${ours.repaintsPerSecond.toFixed(1)}/s (Excalidraw ${reference.repaintsPerSecond.toFixed(1)}/s)`;
}

function viewNote(view: ViewName, results: CountResults): string {
  const ours = results.ours.pan[view].zoom;
  const reference = results.reference.pan[view].zoom;
  const zooms = ours === reference ? `zoom ${ours}` : `zoom ${ours} (Excalidraw ${reference})`;
  const shown = results.inView(ours);
  let note = `${zooms}, ~${shown} ${shown === 1 ? 'shape' : 'shapes'} in view`;
  // Both apps stop zooming out at 0.1, which cannot show a 20,000 px board at 1280×800.
  if (view === 'fit' && Math.min(ours, reference) <= 0.1) note += '; fit is clamped at zoom 0.1';
  return note + paintedNote(view, results);
}

function panFigures(results: CountResults): Figure[] {
  return VIEWS.flatMap((view): Figure[] => {
    const scenario = `C1 pan N=${results.count} ${view}`;
    const ours = results.ours.pan[view];
    const reference = results.reference.pan[view];
    const note = viewNote(view, results);
    return [
      {
        scenario,
        metric: 'pan updates/s',
        unit: '/s',
        ours: round(ours.updatesPerSecond, 1),
        reference: round(reference.updatesPerSecond, 1),
        better: 'higher',
        note,
      },
      {
        scenario,
        metric: 'frame time p95',
        unit: 'ms',
        ours: round(ours.frameP95Ms, 1),
        reference: round(reference.frameP95Ms, 1),
        better: 'lower',
      },
      {
        scenario,
        metric: 'JS heap',
        unit: 'MB',
        ours: round(ours.heapMb, 1),
        reference: round(reference.heapMb, 1),
        better: 'lower',
      },
    ];
  });
}

function dragFigures(results: CountResults): Figure[] {
  const { ours, reference } = results;
  const scenario = `C2 drag ${ours.drag.selected} shapes N=${results.count}`;
  const moved = ours.drag.moved && reference.drag.moved ? '' : '; a drag did NOT move its shapes';
  const note = `zoom ${ours.drag.zoom}; Excalidraw selected ${reference.drag.selected} by API${moved}`;
  return [
    {
      scenario,
      metric: 'drag updates/s',
      unit: '/s',
      ours: round(ours.drag.updatesPerSecond, 1),
      reference: round(reference.drag.updatesPerSecond, 1),
      better: 'higher',
      note,
    },
    {
      scenario,
      metric: 'frame time p95',
      unit: 'ms',
      ours: round(ours.drag.frameP95Ms, 1),
      reference: round(reference.drag.frameP95Ms, 1),
      better: 'lower',
    },
  ];
}

function burstFigure(results: CountResults): Figure {
  const { ours, reference } = results;
  return {
    scenario: `C3 remote ${REMOTE_RATE}/s N=${results.count} zoom 0.1`,
    metric: 'frame time p95',
    unit: 'ms',
    ours: round(ours.burst.frameP95Ms, 1),
    reference: round(reference.burst.frameP95Ms, 1),
    better: 'lower',
    note:
      `sent ${ours.burst.sentPerSecond.toFixed(0)}/s over y-websocket; ` +
      `Excalidraw: ${reference.burst.sentPerSecond.toFixed(0)}/s through updateScene`,
  };
}

function openFigures(results: CountResults): Figure[] {
  const { count, ours, reference } = results;
  return [
    {
      scenario: `C4 open N=${count} from the server`,
      metric: 'first full paint',
      unit: 'ms',
      ours: round(ours.opened.ms, 0),
      better: 'lower',
      note: 'fresh profile; no reference',
    },
    {
      scenario: `C4 open N=${count} from the local copy`,
      metric: 'first full paint',
      unit: 'ms',
      ours: round(ours.fromLocalCopy.ms, 0),
      reference: round(reference.opened.ms, 0),
      better: 'lower',
      note: 'socket blocked, IndexedDB only; Excalidraw: initialData built in the page',
    },
    {
      scenario: `C4 open N=${count}`,
      metric: 'JS heap after open',
      unit: 'MB',
      ours: round(ours.opened.heapMb, 1),
      reference: round(reference.opened.heapMb, 1),
      better: 'lower',
      note: `from the local copy: ${ours.fromLocalCopy.heapMb.toFixed(1)} MB`,
    },
  ];
}

export function canvasFigures(results: CountResults): Figure[] {
  return [
    ...panFigures(results),
    ...dragFigures(results),
    burstFigure(results),
    ...openFigures(results),
  ];
}
