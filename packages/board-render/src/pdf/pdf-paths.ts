import type { PathGeometry, PathSegment } from '../commands.ts';
import type { PdfSurface } from './pdf-surface.ts';

/** Adds a path's segments to the current path; quadratics become the equal cubics. */
function traceSegments(doc: PdfSurface, segments: readonly PathSegment[]): void {
  let x = 0;
  let y = 0;
  for (const s of segments) {
    switch (s.op) {
      case 'M':
        doc.moveTo(s.x, s.y);
        break;
      case 'L':
        doc.lineTo(s.x, s.y);
        break;
      case 'Q':
        // PDF has cubics only; a quadratic's control point two-thirds along each side.
        doc.bezierCurveTo(
          x + ((s.cx - x) * 2) / 3,
          y + ((s.cy - y) * 2) / 3,
          s.x + ((s.cx - s.x) * 2) / 3,
          s.y + ((s.cy - s.y) * 2) / 3,
          s.x,
          s.y,
        );
        break;
      case 'C':
        doc.bezierCurveTo(s.c1x, s.c1y, s.c2x, s.c2y, s.x, s.y);
        break;
      case 'Z':
        doc.closePath();
        continue;
    }
    x = s.x;
    y = s.y;
  }
}

/** Adds the geometry's outline to the current path, ready to fill, stroke or clip. */
export function tracePath(doc: PdfSurface, geometry: PathGeometry): void {
  switch (geometry.kind) {
    case 'rect': {
      const { x, y, width, height, radius } = geometry;
      if (radius > 0) doc.roundedRect(x, y, width, height, radius);
      else doc.rect(x, y, width, height);
      return;
    }
    case 'ellipse':
      doc.ellipse(geometry.cx, geometry.cy, geometry.rx, geometry.ry);
      return;
    case 'polyline': {
      const p = geometry.points;
      if (p.length < 2) return;
      doc.moveTo(p[0], p[1]);
      for (let i = 2; i + 1 < p.length; i += 2) doc.lineTo(p[i], p[i + 1]);
      if (geometry.closed) doc.closePath();
      return;
    }
    case 'path':
      traceSegments(doc, geometry.segments);
      return;
  }
}

/** PDF refuses a zero-length dash; a dot is a very short dash with round caps. */
export function pdfDash(dash: readonly number[]): number[] | null {
  const lengths = dash.filter((d) => Number.isFinite(d) && d >= 0).map((d) => Math.max(d, 0.001));
  return lengths.length > 0 ? lengths : null;
}
