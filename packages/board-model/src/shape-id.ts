declare const shapeIdBrand: unique symbol;

/** A shape's key in the document: `shape:` followed by a random url-safe suffix. */
export type ShapeId = string & { readonly [shapeIdBrand]: true };

const PREFIX = 'shape:';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
// 21 symbols of 6 bits each: 126 random bits, so ids made offline never collide.
const RANDOM_LENGTH = 21;
const ID_PATTERN = /^shape:[A-Za-z0-9_-]{1,100}$/;

export function createShapeId(): ShapeId {
  const bytes = crypto.getRandomValues(new Uint8Array(RANDOM_LENGTH));
  let suffix = '';
  // 64 symbols divide 256 evenly, so masking keeps every symbol equally likely.
  for (const byte of bytes) suffix += ALPHABET[byte & 63];
  return (PREFIX + suffix) as ShapeId;
}

/** Accepts ids from other writers too, as long as they keep the `shape:` form. */
export function isShapeId(value: unknown): value is ShapeId {
  return typeof value === 'string' && ID_PATTERN.test(value);
}
