// Every receiver in a room gets the same bytes, so each distinct payload is decoded once
// and the load generator's CPU goes to receiving, as a real client's would.
import { decodeAwarenessUpdate } from '@sketchroom/wire';
import { sentAtOf } from '../board.ts';

const keyOf = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** The `sentAt` a bench writer put into a document update. */
export class UpdateStamps {
  private readonly seen = new Map<string, number | null>();

  read(update: Uint8Array): number | null {
    const key = keyOf(update);
    let sentAt = this.seen.get(key);
    if (sentAt === undefined) {
      sentAt = sentAtOf(update);
      this.seen.set(key, sentAt);
    }
    return sentAt;
  }
}

export interface CursorStamp {
  clientId: number;
  sentAt: number;
}

/** The cursor moves (client and `sentAt`) an awareness update carries. */
export class AwarenessStamps {
  private readonly seen = new Map<string, CursorStamp[]>();

  read(update: Uint8Array): CursorStamp[] {
    const key = keyOf(update);
    let stamps = this.seen.get(key);
    if (stamps === undefined) {
      stamps = [];
      for (const { clientId, state } of decodeAwarenessUpdate(update)) {
        const sentAt = (state as { sentAt?: unknown } | null)?.sentAt;
        if (typeof sentAt === 'number') stamps.push({ clientId, sentAt });
      }
      this.seen.set(key, stamps);
    }
    return stamps;
  }
}
