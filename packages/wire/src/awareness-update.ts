// The awareness update that an awareness message carries, in y-protocols' format:
//   awarenessUpdate = varUint(count) { varUint(clientId) varUint(clock) varString(stateJson) }
// A state of null removes that client.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { bytesLeft, decodeExactly, encodeWith, readLength, utf8Text } from './bounded.ts';
import { AwarenessLimitError, ProtocolError } from './errors.ts';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

export interface AwarenessLimits {
  /** Largest state, in UTF-8 bytes of its JSON text. */
  maxStateBytes: number;
  /** Deepest nesting of arrays and objects in a state; `{}` is depth 1, `null` depth 0. */
  maxStateDepth: number;
}

/** Generous for a presence state, tight enough that no state can exhaust a stack downstream. */
export const defaultAwarenessLimits: AwarenessLimits = {
  maxStateBytes: 1024 * 1024,
  maxStateDepth: 32,
};

// clientId, clock and the state's length prefix take at least a byte each.
const minEntryBytes = 3;

export function writeAwarenessEntry(
  encoder: encoding.Encoder,
  { clientId, clock, state }: AwarenessEntry,
): void {
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  // JSON.stringify gives undefined for undefined; y-protocols writes a missing state as null.
  encoding.writeVarString(encoder, JSON.stringify(state) ?? 'null');
}

export function writeAwarenessUpdate(
  encoder: encoding.Encoder,
  entries: readonly AwarenessEntry[],
): void {
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) writeAwarenessEntry(encoder, entry);
}

/**
 * Reads one entry. The state's size is checked before its text is decoded and its nesting
 * before JSON.parse sees it; either limit passed throws AwarenessLimitError.
 */
export function readAwarenessEntry(
  decoder: decoding.Decoder,
  limits: AwarenessLimits = defaultAwarenessLimits,
): AwarenessEntry {
  const clientId = decoding.readVarUint(decoder);
  const clock = decoding.readVarUint(decoder);
  const length = readLength(decoder, 'awareness state');
  if (length > limits.maxStateBytes) {
    throw new AwarenessLimitError(
      `awareness state of ${length} bytes exceeds ${limits.maxStateBytes}`,
    );
  }
  const json = utf8Text(decoding.readUint8Array(decoder, length), 'awareness state');
  if (nestsDeeperThan(json, limits.maxStateDepth)) {
    throw new AwarenessLimitError(`awareness state nests deeper than ${limits.maxStateDepth}`);
  }
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch (error) {
    throw new ProtocolError(`awareness state is not JSON: ${(error as Error).message}`);
  }
  return { clientId, clock, state };
}

/** Reads a whole update, so that a broken one is refused before any of it applies. */
export function readAwarenessUpdate(
  decoder: decoding.Decoder,
  limits: Partial<AwarenessLimits> = {},
): AwarenessEntry[] {
  const bounds = { ...defaultAwarenessLimits, ...limits };
  const count = decoding.readVarUint(decoder);
  // A lying count is refused before anything is allocated for it.
  if (count * minEntryBytes > bytesLeft(decoder)) {
    throw new ProtocolError('awareness entry count exceeds message');
  }
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) entries.push(readAwarenessEntry(decoder, bounds));
  return entries;
}

export const encodeAwarenessUpdate = (entries: readonly AwarenessEntry[]) =>
  encodeWith((encoder) => writeAwarenessUpdate(encoder, entries));

/** Decodes an awareness update, which must be consumed exactly; failures are ProtocolErrors. */
export const decodeAwarenessUpdate = (
  update: Uint8Array,
  limits: Partial<AwarenessLimits> = {},
): AwarenessEntry[] =>
  decodeExactly(update, 'awareness update', (decoder) => readAwarenessUpdate(decoder, limits));

const quote = 0x22;
const backslash = 0x5c;
const openBracket = 0x5b;
const closeBracket = 0x5d;
const openBrace = 0x7b;
const closeBrace = 0x7d;

/**
 * Whether JSON text nests arrays and objects deeper than `maxDepth`. Brackets inside strings
 * do not count. Only a scan, not a validator: JSON.parse judges the rest.
 */
export function nestsDeeperThan(json: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (inString) {
      if (code === backslash) i++;
      else if (code === quote) inString = false;
    } else if (code === quote) {
      inString = true;
    } else if (code === openBracket || code === openBrace) {
      if (++depth > maxDepth) return true;
    } else if (code === closeBracket || code === closeBrace) {
      depth--;
    }
  }
  return false;
}
