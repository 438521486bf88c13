// Checks shared by the common validator (validate.ts) and the per-type ones (shapes/*.ts).

export type Fields = Record<string, unknown>;

/** Thrown by the checks below; validateShape turns it into `{ ok: false }`. */
export class Invalid extends Error {}

export function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

export function fail(path: string, expected: string, value: unknown): never {
  throw new Invalid(`${path} must be ${expected}, got ${show(value)}`);
}

export function finite(
  fields: Fields,
  key: string,
  path: string,
  min = -Infinity,
  max = Infinity,
): number {
  const value = fields[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(`${path}.${key}`, 'a finite number', value);
  }
  if (value < min || value > max) {
    const range = max === Infinity ? `≥ ${min}` : `between ${min} and ${max}`;
    fail(`${path}.${key}`, `a number ${range}`, value);
  }
  return value;
}

export function string(fields: Fields, key: string, path: string): string {
  const value = fields[key];
  if (typeof value !== 'string') fail(`${path}.${key}`, 'a string', value);
  return value;
}

/** A checked copy of a flat [x0, y0, x1, y1, …] list. */
export function points(value: unknown): number[] {
  if (!Array.isArray(value)) fail('geom.points', 'an array of numbers', value);
  if (value.length < 2 || value.length % 2 !== 0) {
    fail('geom.points', 'an even number (≥ 2) of coordinates', `${value.length} values`);
  }
  value.forEach((n, i) => {
    if (typeof n !== 'number' || !Number.isFinite(n)) fail(`geom.points[${i}]`, 'finite', n);
  });
  return [...(value as number[])];
}

export function fontSize(fields: Fields): number {
  const size = finite(fields, 'fontSize', 'style');
  if (size <= 0) fail('style.fontSize', 'a number > 0', size);
  return size;
}

/** For types that need points: the common check has already vetted them when present. */
export function requirePoints(geom: { points?: number[] }): number[] {
  return geom.points ?? fail('geom.points', 'an array of numbers', geom.points);
}

/** For types that need a font size: the common check has already vetted it when present. */
export function requireFontSize(style: { fontSize?: number }): number {
  return style.fontSize ?? fail('style.fontSize', 'a finite number', style.fontSize);
}
