// Hostile messages of issue 9, written byte by byte where no honest client (or Yjs itself) would
// produce them. Shared by the hostile-* tests and the fuzz generators.
import { readFileSync } from 'node:fs';
import { encodeAwareness, encodeSyncStep1 } from '@sketchroom/wire';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { RawSocket } from './raw-socket.ts';

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** JSON text of arrays nested `depth` deep: `[[[…]]]`. */
export const deepJsonArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** An awareness message whose entries carry raw state text, valid JSON or not. */
export function awarenessTextMessage(
  entries: ReadonlyArray<[clientId: number, clock: number, stateText: string]>,
): Uint8Array {
  const update = frame((encoder) => {
    encoding.writeVarUint(encoder, entries.length);
    for (const [clientId, clock, text] of entries) {
      encoding.writeVarUint(encoder, clientId);
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarString(encoder, text);
    }
  });
  return encodeAwareness(update);
}

/** A sync step 1 with the given state vector. */
export const syncStep1Message = (stateVector: Uint8Array): Uint8Array =>
  encodeSyncStep1(stateVector);

/** A non-empty state vector that knows nothing: one made-up client at clock 0. */
export function unknownClientStateVector(clientId: number): Uint8Array {
  return frame((encoder) => {
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, 0);
  });
}

// Yjs update format v1: an item's info byte.
const hasParentSub = 0b0010_0000;
const ContentRef = { json: 2, type: 7, any: 8, doc: 9 } as const;
const yMapTypeRef = 1;

/** An update of one item under root map `root`, key `key`, whose content the caller writes. */
function oneItem(
  contentRef: number,
  writeContent: (encoder: encoding.Encoder) => void,
  { client = 7, root = 'data', key = 'attack' } = {},
): Uint8Array {
  return frame((encoder) => {
    for (const n of [1, 1, client, 0]) encoding.writeVarUint(encoder, n); // one client, one struct, clock 0
    encoding.writeUint8(encoder, hasParentSub | contentRef);
    encoding.writeVarUint(encoder, 1); // the parent is a root type, by name
    encoding.writeVarString(encoder, root);
    encoding.writeVarString(encoder, key);
    writeContent(encoder);
    encoding.writeVarUint(encoder, 0); // empty delete set
  });
}

/** A ContentJSON item (Yjs no longer writes these, but still reads them) holding `json`. */
export function jsonItemUpdate(
  json: string,
  options?: { client?: number; key?: string; root?: string },
) {
  return oneItem(
    ContentRef.json,
    (encoder) => {
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarString(encoder, json);
    },
    options,
  );
}

/** A ContentAny item holding arrays nested `depth` deep (lib0 "any" tag 117), around a null. */
export function deepAnyUpdate(
  depth: number,
  options?: { client?: number; key?: string; root?: string },
) {
  return oneItem(
    ContentRef.any,
    (encoder) => {
      encoding.writeVarUint(encoder, 1);
      for (let i = 0; i < depth; i++) {
        encoding.writeUint8(encoder, 117);
        encoding.writeVarUint(encoder, 1);
      }
      encoding.writeUint8(encoder, 126);
    },
    options,
  );
}

/**
 * A subdocument item whose options are `null`: it passes any byte-level check, and Yjs throws
 * while reading it (`opts.shouldLoad` of null), inside the transaction that applies it.
 */
export function subdocWithNullOptions(options?: { client?: number; key?: string }) {
  return oneItem(
    ContentRef.doc,
    (encoder) => {
      encoding.writeVarString(encoder, 'subdoc-guid');
      encoding.writeUint8(encoder, 126);
    },
    options,
  );
}

/**
 * `depth` empty Y.Maps, each the only value of the one before, below root map `root`: the
 * nested-maps attack, hand-encoded because Yjs's encoder would need the whole chain in memory
 * (about 9 bytes a map on the wire).
 */
export function nestedMapChain(depth: number, client = 1, root = 'data'): Uint8Array {
  return frame((encoder) => {
    for (const n of [1, depth, client, 0]) encoding.writeVarUint(encoder, n);
    for (let clock = 0; clock < depth; clock++) {
      encoding.writeUint8(encoder, hasParentSub | ContentRef.type);
      if (clock === 0) {
        encoding.writeVarUint(encoder, 1);
        encoding.writeVarString(encoder, root);
      } else {
        encoding.writeVarUint(encoder, 0); // the parent is an item: the map before this one
        encoding.writeVarUint(encoder, client);
        encoding.writeVarUint(encoder, clock - 1);
      }
      encoding.writeVarString(encoder, 'k');
      encoding.writeVarUint(encoder, yMapTypeRef);
    }
    encoding.writeVarUint(encoder, 0);
  });
}

/** `count` empty Y.Maps side by side in root map `root`, hand-encoded (fast, for the fuzz run). */
export function flatMapRun(count: number, client: number, root = 'fuzz'): Uint8Array {
  return frame((encoder) => {
    for (const n of [1, count, client, 0]) encoding.writeVarUint(encoder, n);
    for (let i = 0; i < count; i++) {
      encoding.writeUint8(encoder, hasParentSub | ContentRef.type);
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarString(encoder, root);
      encoding.writeVarString(encoder, `m${i}`);
      encoding.writeVarUint(encoder, yMapTypeRef);
    }
    encoding.writeVarUint(encoder, 0);
  });
}

/** `count` empty Y.Maps side by side in root map `root`, built by Yjs as one transaction. */
export function flatMaps(count: number, root = 'data'): Uint8Array {
  const doc = new Y.Doc();
  const map = doc.getMap(root);
  doc.transact(() => {
    for (let i = 0; i < count; i++) map.set(`k${i}`, new Y.Map());
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** Y.Maps nested `depth` deep below root map `root`, built by Yjs. */
export function nestedMaps(depth: number, root = 'data'): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    let map = doc.getMap(root);
    for (let i = 0; i < depth; i++) {
      const child = new Y.Map();
      map.set('k', child);
      map = child;
    }
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** Waits for a raw socket to close, failing (instead of hanging) if it stays open. */
export async function closedWithin(
  socket: RawSocket,
  timeoutMs = 10_000,
): Promise<{ code: number; reason: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the attacker was not closed within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([socket.closed, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The auth messages (type 2) a raw socket received, as text: the stock client's permission-denied. */
export function authMessages(socket: RawSocket): string[] {
  return socket.frames
    .filter((frame) => frame[0] === 2)
    .map((frame) => Buffer.from(frame).toString());
}

/** Resident and peak resident memory of a process, in bytes, from /proc (Linux). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) =>
    Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]) * 1024;
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

export const MiB = 1024 * 1024;

/** The status /healthz answers with: 200 while the process is up and its checks pass. */
export async function healthStatus(port: number): Promise<number> {
  return (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
}
