import * as decoding from 'lib0/decoding';

/** lib0's "any" encoding: one tag byte, then the value (lib0/encoding.js writeAny). */
const Tag = {
  undefined: 127,
  null: 126,
  integer: 125,
  float32: 124,
  float64: 123,
  bigint: 122,
  false: 121,
  true: 120,
  string: 119,
  object: 118,
  array: 117,
  bytes: 116,
} as const;

/**
 * Skips one lib0-encoded value without building it, and refuses it when it nests deeper than
 * `maxDepth`. Iterative on purpose: lib0's own reader recurses, and a value nested 20,000 deep
 * is only 40,000 bytes. Returns false when too deep; throws on malformed input.
 */
export function skipAny(decoder: decoding.Decoder, maxDepth: number): boolean {
  // Values still to read at each open level; an object's entries also carry a key each.
  const remaining: number[] = [];
  const isObject: boolean[] = [];
  let pending = 1;
  for (;;) {
    if (pending === 0) {
      if (remaining.length === 0) return true;
      pending = remaining.pop()!;
      isObject.pop();
      continue;
    }
    pending -= 1;
    if (isObject.length > 0 && isObject[isObject.length - 1]) decoding.readVarString(decoder);
    const tag = decoding.readUint8(decoder);
    switch (tag) {
      case Tag.undefined:
      case Tag.null:
      case Tag.false:
      case Tag.true:
        break;
      case Tag.integer:
        decoding.readVarInt(decoder);
        break;
      case Tag.float32:
        decoding.readFloat32(decoder);
        break;
      case Tag.float64:
        decoding.readFloat64(decoder);
        break;
      case Tag.bigint:
        decoding.readBigInt64(decoder);
        break;
      case Tag.string:
        decoding.readVarString(decoder);
        break;
      case Tag.bytes:
        decoding.readVarUint8Array(decoder);
        break;
      case Tag.object:
      case Tag.array: {
        const length = decoding.readVarUint(decoder);
        // Every entry takes at least one byte: a longer claim is a lie.
        if (length > decoder.arr.length - decoder.pos) throw new Error('value length past the end');
        if (remaining.length + 1 > maxDepth) return false;
        remaining.push(pending);
        isObject.push(tag === Tag.object);
        pending = length;
        break;
      }
      default:
        throw new Error(`unknown value tag ${tag}`);
    }
  }
}
