import type { ArrowHead, Routing, StrokeStyle } from '@sketchroom/board-model';
import type { ReactNode } from 'react';

// Small pictures of the style choices, drawn in the button's text colour.

function Glyph({ children }: { children: ReactNode }) {
  return (
    <svg
      width="28"
      height="20"
      viewBox="0 0 28 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

const DASHES: Record<StrokeStyle, string | undefined> = {
  solid: undefined,
  dashed: '6 5',
  dotted: '0 4.5',
};

export function StrokeStyleIcon({ value }: { value: StrokeStyle }) {
  return (
    <Glyph>
      <line x1="3" y1="10" x2="25" y2="10" strokeDasharray={DASHES[value]} />
    </Glyph>
  );
}

const WOBBLES = [
  'M3 10 L25 10',
  'M3 11 C8 8 12 12 16 9.5 S22 11 25 9',
  'M3 12 C6 5 9 15 13 8 S18 14 21 7 S24 12 25 9 M4 9 C9 12 15 7 24 11',
];

export function RoughnessIcon({ value }: { value: number }) {
  return (
    <Glyph>
      <path d={WOBBLES[value] ?? WOBBLES[0]} />
    </Glyph>
  );
}

/** A short arrow pointing right with the head drawn at the chosen end. */
export function HeadIcon({ kind, end }: { kind: ArrowHead; end: 'start' | 'end' }) {
  const x = end === 'end' ? 24 : 4;
  const back = end === 'end' ? -1 : 1;
  const head: Record<ArrowHead, ReactNode> = {
    none: null,
    arrow: <polyline points={`${x + back * 7},5 ${x},10 ${x + back * 7},15`} />,
    triangle: (
      <polygon points={`${x + back * 7},5 ${x},10 ${x + back * 7},15`} fill="currentColor" />
    ),
    dot: <circle cx={x} cy="10" r="3" fill="currentColor" />,
    bar: <line x1={x} y1="4" x2={x} y2="16" />,
  };
  return (
    <Glyph>
      <line x1="4" y1="10" x2="24" y2="10" />
      {head[kind]}
    </Glyph>
  );
}

const ROUTES: Record<Routing, string> = {
  straight: 'M4 16 L24 4',
  curved: 'M4 16 Q6 4 24 4',
  elbow: 'M4 16 L14 16 L14 4 L24 4',
};

export function RoutingIcon({ value }: { value: Routing }) {
  return (
    <Glyph>
      <path d={ROUTES[value]} />
    </Glyph>
  );
}
