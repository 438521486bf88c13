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

  /** Throws on a state vector that does not decode. */
  replyTo(stateVector: Uint8Array): Uint8Array {
    if (Y.decodeStateVector(stateVector).size === 0) {
      this.fullState ??= this.encode();
      return this.fullState;
    }
    const key = Buffer.from(stateVector).toString('latin1');
    let reply = this.diffs.get(key);
    if (!reply) {
      reply = this.encode(stateVector);
      if (this.diffs.size >= maxCachedDiffs) this.diffs.delete(this.diffs.keys().next().value!);
      this.diffs.set(key, reply);
    }
    return reply;
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
