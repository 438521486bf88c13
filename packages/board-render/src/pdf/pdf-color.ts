/** A colour as PDF wants it: red, green and blue 0–255 and a separate alpha 0–1. */
export interface PdfColor {
  rgb: [number, number, number];
  alpha: number;
}

const BLACK: PdfColor = { rgb: [0, 0, 0], alpha: 1 };

const NAMED: Readonly<Record<string, [number, number, number]>> = {
  black: [0, 0, 0],
  white: [255, 255, 255],
  red: [255, 0, 0],
  green: [0, 128, 0],
  blue: [0, 0, 255],
  gray: [128, 128, 128],
  grey: [128, 128, 128],
};

function clampByte(value: number): number {
  return Number.isFinite(value) ? Math.min(255, Math.max(0, Math.round(value))) : 0;
}

function channel(part: string): number {
  const value = parseFloat(part);
  return clampByte(part.trim().endsWith('%') ? (value / 100) * 255 : value);
}

function alphaOf(part: string | undefined): number {
  if (part === undefined) return 1;
  const value = part.trim().endsWith('%') ? parseFloat(part) / 100 : parseFloat(part);
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 1;
}

/**
 * The stored colours a board holds (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`,
 * `rgba()`, a few names) as PDF colours; anything else is black rather than an error,
 * since a peer can store any string.
 */
export function pdfColor(css: string): PdfColor {
  const text = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(text)?.[1];
  if (hex && [3, 4, 6, 8].includes(hex.length)) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const byte = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return { rgb: [byte(0), byte(2), byte(4)], alpha: full.length === 8 ? byte(6) / 255 : 1 };
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(text)?.[1];
  if (fn) {
    const parts = fn.split(/[\s,/]+/).filter(Boolean);
    if (parts.length >= 3) {
      return {
        rgb: [channel(parts[0]), channel(parts[1]), channel(parts[2])],
        alpha: alphaOf(parts[3]),
      };
    }
  }
  const named = NAMED[text];
  return named ? { rgb: named, alpha: 1 } : BLACK;
}
