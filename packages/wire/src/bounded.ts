// Reading hostile bytes: every length is checked against what the input has left, and every
// failure, lib0's included, leaves as a ProtocolError.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ProtocolError } from './errors.ts';

// Strict UTF-8 that keeps a leading BOM, so that text the stock client could never have
// written is refused instead of silently repaired.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export const bytesLeft = (decoder: decoding.Decoder) => decoder.arr.length - decoder.pos;

/** A varUint length prefix, refused when it claims more bytes than are left. */
export function readLength(decoder: decoding.Decoder, what: string): number {
  const length = decoding.readVarUint(decoder);
  const left = bytesLeft(decoder);
  if (length > left) throw new ProtocolError(`${what} claims ${length} bytes, ${left} left`);
  return length;
}

/** varUint8Array. The result is a view on the input, not a copy. */
export function readBytes(decoder: decoding.Decoder, what: string): Uint8Array {
  return decoding.readUint8Array(decoder, readLength(decoder, what));
}

export function utf8Text(bytes: Uint8Array, what: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ProtocolError(`${what} is not valid UTF-8`);
  }
}

/** varString */
export const readText = (decoder: decoding.Decoder, what: string) =>
  utf8Text(readBytes(decoder, what), what);

/** Runs `read` over the whole input inside a guard; it must consume the input exactly. */
export function decodeExactly<T>(
  input: Uint8Array,
  what: string,
  read: (decoder: decoding.Decoder) => T,
): T {
  const decoder = decoding.createDecoder(input);
  let value: T;
  try {
    value = read(decoder);
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(`malformed ${what}: ${(error as Error).message}`);
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError(`trailing bytes after ${what}`);
  return value;
}

/** The bytes `write` produces. */
export function encodeWith(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}
