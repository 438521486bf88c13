import { DEFAULT_FONT_SIZE, defaultStyleFor, ShapeType, type Geom } from '@sketchroom/board-model';
import { estimateWidth, LINE_HEIGHT } from '@sketchroom/board-render';
import type { StylePrefs } from './session.ts';
import { scopedStyle } from './style-scope.ts';
import type { Vec } from '@sketchroom/geometry';

export const NOTE_SIZE = 200;

/**
 * A rough text size for when no canvas is at hand (tests, a peer's first paint);
 * the in-place editor measures the real size as the user types.
 */
export function estimateTextSize(
  text: string,
  fontSize: number,
): { width: number; height: number } {
  const lines = text.split('\n');
  // At least one character wide, so an empty text shape can be clicked.
  const widths = lines.map((line) => estimateWidth(line || ' ', fontSize));
  return { width: Math.max(...widths), height: lines.length * fontSize * LINE_HEIGHT };
}

/** A new empty text shape whose first line sits on the click. */
export function textGeomAt(at: Vec, fontSize = DEFAULT_FONT_SIZE): Geom {
  const size = estimateTextSize('', fontSize);
  return { x: at.x, y: at.y - size.height / 2, rotation: 0, ...size };
}

/** A new note centred on the click. */
export function noteGeomAt(at: Vec): Geom {
  return {
    x: at.x - NOTE_SIZE / 2,
    y: at.y - NOTE_SIZE / 2,
    width: NOTE_SIZE,
    height: NOTE_SIZE,
    rotation: 0,
  };
}

/** The user's style choices as they apply to a new shape of `type`. */
export function styleForNew(type: ShapeType, nextStyle: StylePrefs): StylePrefs {
  // Choices for other types (arrowheads, a stroke style) are not planted on this one.
  const prefs = scopedStyle(type, nextStyle);
  if (type === ShapeType.note) {
    // Notes keep their paper and dark text; only a solid note colour carries over.
    if (!prefs.fill || prefs.fill === 'transparent' || prefs.fill.length > 7) delete prefs.fill;
    delete prefs.stroke;
  }
  if (type === ShapeType.text || type === ShapeType.note) {
    prefs.fontSize = prefs.fontSize ?? defaultStyleFor(type).fontSize;
  } else {
    delete prefs.fontSize;
  }
  return prefs;
}
