import * as decoding from 'lib0/decoding';
import type * as Y from 'yjs';
import { skipAny } from './any-depth.ts';
import { nestsDeeperThan } from '@sketchroom/wire';
import { resolveTypeLevels, type StructRecord, type StructRecords } from './type-levels.ts';

export interface UpdateLimits {
  /** Structs (items, garbage-collected runs) and delete ranges this update may add. */
  maxStructs: number;
  /** Shared types (maps, arrays, texts, subdocuments, new root names) this update may add. */
  maxTypes: number;
  /** How deeply shared types may nest: a root type is level 1. */
  maxTypeDepth: number;
  /** How deeply a JSON or "any" value inside an item may nest. */
  maxValueDepth: number;
}

/** A run of ids the update deletes: `len` clock ticks of `client` from `clock`. */
export interface DeleteRange {
  client: number;
  clock: number;
  len: number;
}

export interface UpdateScan {
  structs: number;
  types: number;
  /** The update's delete set, as read (bounded by `maxStructs`). */
  deletes: DeleteRange[];
}

/**
 * The update breaks a limit and is refused before any of it is applied; the reason is safe to
 * log and send. Malformed updates throw plain errors instead.
 */
export class UpdateRefused extends Error {
  override name = 'UpdateRefused';
  constructor(
    message: string,
    /** True when the update is well formed but asks for more than the room may hold. */
    readonly overBudget = false,
  ) {
    super(message);
  }
}

// Struct info byte (Yjs update format v1).
const BITS5 = 0b11111;
const hasOrigin = 0b1000_0000;
const hasRightOrigin = 0b0100_0000;
const hasParentSub = 0b0010_0000;
const ContentRef = {
  gc: 0,
  deleted: 1,
  json: 2,
  binary: 3,
  string: 4,
  embed: 5,
  format: 6,
  type: 7,
  any: 8,
  doc: 9,
  skip: 10,
} as const;
const xmlElementRef = 3;
const xmlHookRef = 5;
const lastTypeRef = 6;
/** lib0's tag for an object in its "any" encoding. */
const anyObjectTag = 118;

/**
 * Reads a Yjs v1 update without building it, and refuses it when applying it would cost the room
 * more than its limits allow: too many structs or shared types (memory), values nested deeper
 * than the encoders can handle, or shared types nested deeper than Yjs can delete. Applying a
 * refused update is what crashed or wedged rooms; scanning costs one pass over the bytes.
 */
export function scanUpdate(update: Uint8Array, doc: Y.Doc, limits: UpdateLimits): UpdateScan {
  const decoder = decoding.createDecoder(update);
  const records: StructRecords = { clients: new Map() };
  const rootNames = new Set<string>();
  let structs = 0;
  let types = 0;
  const count = (isType: boolean) => {
    structs += 1;
    if (structs > limits.maxStructs)
      throw new UpdateRefused(`update has more than ${limits.maxStructs} structs`, true);
    if (!isType) return;
    types += 1;
    if (types > limits.maxTypes)
      throw new UpdateRefused(`update adds more than ${limits.maxTypes} shared types`, true);
  };
  const clientCount = decoding.readVarUint(decoder);
  for (let c = 0; c < clientCount; c++) {
    const structCount = decoding.readVarUint(decoder);
    const client = decoding.readVarUint(decoder);
    let clock = decoding.readVarUint(decoder);
    if (records.clients.has(client)) throw new Error('a client is listed twice');
    const runs: StructRecord[] = [];
    records.clients.set(client, runs);
    for (let s = 0; s < structCount; s++) {
      const info = decoding.readUint8(decoder);
      const ref = info & BITS5;
      if (ref === ContentRef.gc || ref === ContentRef.skip) {
        clock += decoding.readVarUint(decoder);
        count(false);
        continue;
      }
      const origin = info & hasOrigin ? readId(decoder, client, clock) : null;
      const rightOrigin = info & hasRightOrigin ? readId(decoder, client, clock) : null;
      let parent: StructRecord['parent'] = 'copy';
      if ((info & (hasOrigin | hasRightOrigin)) === 0) {
        if (decoding.readVarUint(decoder) === 1) {
          const name = decoding.readVarString(decoder);
          parent = 'root';
          if (!doc.share.has(name) && !rootNames.has(name)) {
            rootNames.add(name);
            count(true);
          }
        } else {
          parent = readId(decoder, client, clock);
        }
        if (info & hasParentSub) decoding.readVarString(decoder);
      }
      const { length, isType } = readContent(decoder, ref, limits.maxValueDepth);
      count(isType);
      runs.push({ clock, length, isType, origin, rightOrigin, parent });
      clock += length;
    }
  }
  const deletes = readDeleteSet(decoder, limits.maxStructs - structs);
  structs += deletes.length;
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after the update');
  const depthProblem = resolveTypeLevels(records, doc, limits.maxTypeDepth);
  if (depthProblem) throw new UpdateRefused(depthProblem);
  return { structs, types, deletes };
}

/** An id an item refers to; a client's items can only refer to its earlier ones. */
function readId(
  decoder: decoding.Decoder,
  ownClient: number,
  ownClock: number,
): { client: number; clock: number } {
  const client = decoding.readVarUint(decoder);
  const clock = decoding.readVarUint(decoder);
  if (client === ownClient && clock >= ownClock)
    throw new Error('an item refers to a later item of its own client');
  return { client, clock };
}

/** Skips an item's content; its length is how many clock ticks the item takes. */
function readContent(
  decoder: decoding.Decoder,
  ref: number,
  maxDepth: number,
): { length: number; isType: boolean } {
  const tooDeep = () => new UpdateRefused(`a value nests deeper than ${maxDepth} levels`);
  switch (ref) {
    case ContentRef.deleted:
      return { length: decoding.readVarUint(decoder), isType: false };
    case ContentRef.json: {
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) {
        const text = decoding.readVarString(decoder);
        if (nestsDeeperThan(text, maxDepth)) throw tooDeep();
        if (text !== 'undefined') JSON.parse(text);
      }
      return { length, isType: false };
    }
    case ContentRef.binary:
      decoding.readVarUint8Array(decoder);
      return { length: 1, isType: false };
    case ContentRef.string:
      return { length: decoding.readVarString(decoder).length, isType: false };
    case ContentRef.embed:
    case ContentRef.format: {
      if (ref === ContentRef.format) decoding.readVarString(decoder);
      const text = decoding.readVarString(decoder);
      if (nestsDeeperThan(text, maxDepth)) throw tooDeep();
      JSON.parse(text);
      return { length: 1, isType: false };
    }
    case ContentRef.type: {
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef > lastTypeRef) throw new Error(`unknown shared type ${typeRef}`);
      if (typeRef === xmlElementRef || typeRef === xmlHookRef) decoding.readVarString(decoder);
      return { length: 1, isType: true };
    }
    case ContentRef.any: {
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) if (!skipAny(decoder, maxDepth)) throw tooDeep();
      return { length, isType: false };
    }
    case ContentRef.doc:
      decoding.readVarString(decoder);
      // Yjs builds the subdocument from these options and throws on anything but an object.
      if (decoding.peekUint8(decoder) !== anyObjectTag)
        throw new Error('subdocument options must be an object');
      if (!skipAny(decoder, maxDepth)) throw tooDeep();
      return { length: 1, isType: true };
    default:
      throw new Error(`unknown content type ${ref}`);
  }
}

/** Reads the delete set within a budget of ranges (each costs memory while it applies). */
function readDeleteSet(decoder: decoding.Decoder, budget: number): DeleteRange[] {
  const ranges: DeleteRange[] = [];
  const clients = decoding.readVarUint(decoder);
  for (let i = 0; i < clients; i++) {
    const client = decoding.readVarUint(decoder);
    const count = decoding.readVarUint(decoder);
    if (ranges.length + count > budget)
      throw new UpdateRefused('update deletes too many ranges', true);
    for (let j = 0; j < count; j++) {
      const clock = decoding.readVarUint(decoder);
      ranges.push({ client, clock, len: decoding.readVarUint(decoder) });
    }
  }
  return ranges;
}
