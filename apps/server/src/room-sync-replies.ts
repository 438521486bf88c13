import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { encodeSyncStep2 } from '@sketchroom/wire';

/** Differences kept per document version; a crowd reconnecting after a blip shares a few. */
const maxCachedDiffs = 8;

/**
 * Answers to sync step 1, computed once per document version and state vector. Encoding the
 * whole document is the most expensive thing a cheap request can ask for, so new joiners share
 * one full-state reply and repeated state vectors share one difference.
 */
export class SyncReplies {
  private fullState: Uint8Array | null = null;
  private readonly diffs = new Map<string, Uint8Array>();
  /** Encodes done, for tests and metrics: a cache that stops working shows here. */
  encodes = 0;

  constructor(private readonly doc: Y.Doc) {}

  /**
   * Throws on a state vector that does not decode. The state vector is first reduced to what
   * the document knows (clients it has, clocks no later than its own), so made-up clients and
   * clocks all land on a few cached replies instead of one encode each.
   */
  replyTo(stateVector: Uint8Array): Uint8Array {
    const known = this.knownPart(Y.decodeStateVector(stateVector));
    if (known.size === 0) {
      this.fullState ??= this.encode();
      return this.fullState;
    }
    const key = [...known].map(([client, clock]) => `${client}:${clock}`).join(',');
    let reply = this.diffs.get(key);
    if (!reply) {
      reply = this.encode(encodeStateVector(known));
      if (this.diffs.size >= maxCachedDiffs) this.diffs.delete(this.diffs.keys().next().value!);
      this.diffs.set(key, reply);
    }
    return reply;
  }

  private knownPart(stateVector: Map<number, number>): Map<number, number> {
    const known = new Map<number, number>();
    for (const [client, clock] of [...stateVector].sort(([a], [b]) => a - b)) {
      const own = Y.getState(this.doc.store, client);
      if (own > 0 && clock > 0) known.set(client, Math.min(clock, own));
    }
    return known;
  }

  /** The document changed: every cached reply is stale. */
  invalidate(): void {
    this.fullState = null;
    this.diffs.clear();
  }

  private encode(stateVector?: Uint8Array): Uint8Array {
    this.encodes += 1;
    return encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector));
  }
}

function encodeStateVector(stateVector: Map<number, number>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, stateVector.size);
  for (const [client, clock] of stateVector) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}
