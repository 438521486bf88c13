import type { ReactNode } from 'react';

// 20×20 line icons drawn for this app (stroke uses currentColor).
const paths: Record<string, ReactNode> = {
  select: <path d="M5 3l10 6-4.5 1.2L8.5 15z" />,
  hand: (
    <path d="M7 10V4.5a1.2 1.2 0 012.4 0V9m0-5.5a1.2 1.2 0 012.4 0V9m0-4a1.2 1.2 0 012.4 0V10m0-3a1.2 1.2 0 012.4 0v4.5c0 3.5-2.3 6-5.6 6-2.6 0-3.7-1.3-5.1-3.6L4 11.2a1.2 1.2 0 012-1.4L7 11" />
  ),
  rect: <rect x="3.5" y="5" width="13" height="10" rx="1.5" />,
  ellipse: <ellipse cx="10" cy="10" rx="7" ry="5.5" />,
  diamond: <path d="M10 3l7 7-7 7-7-7z" />,
  line: <path d="M4 16L16 4" />,
  arrow: <path d="M4 16L16 4m0 0h-6m6 0v6" />,
  pen: <path d="M3.5 15.5c2-1 3-4.5 5-4.5s1.5 3 3.5 3 2.5-5 4.5-7" />,
  text: <path d="M5 5h10M10 5v11M7.5 16h5" />,
  note: <path d="M4 4h12v8l-4 4H4zM12 16v-4h4" />,
  eraser: <path d="M8 16h8M4.5 12.5l7-7a1.5 1.5 0 012.1 0l1.9 1.9a1.5 1.5 0 010 2.1L9.5 16H7z" />,
  laser: <path d="M4 16c3-1 5-4 7-7M13 7a2 2 0 104 0 2 2 0 00-4 0M15 3v1M19 7h-1M15 11v-1" />,
  undo: <path d="M7 5L3.5 8.5 7 12M4 8.5h8a4 4 0 010 8H9" />,
  redo: <path d="M13 5l3.5 3.5L13 12m3-3.5H8a4 4 0 000 8h3" />,
  plus: <path d="M10 5v10M5 10h10" />,
  minus: <path d="M5 10h10" />,
  menu: <path d="M4 6h12M4 10h12M4 14h12" />,
  fit: <path d="M4 8V4h4M12 4h4v4M16 12v4h-4M8 16H4v-4" />,
  image: (
    <path d="M3.5 4.5h13v11h-13zM3.5 13l4-4 3.5 3.5 2-2 3.5 3.5M12.5 8a.5.5 0 100-1 .5.5 0 000 1z" />
  ),
  lock: <path d="M6 9V7a4 4 0 018 0v2M5 9h10v7H5z" />,
  unlock: <path d="M6 9V7a4 4 0 017.5-2M5 9h10v7H5z" />,
};

export function Icon({ name }: { name: string }) {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {paths[name]}
    </svg>
  );
}
