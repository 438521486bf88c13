// What the bench asks of the load generator and what it answers; plain data over IPC.
import type { LatencySummary } from '../stats.ts';

export interface FanOutJob {
  kind: 'fan-out';
  url: string;
  observers: number;
  updatesPerSecond: number;
  seconds: number;
}

export interface FanOutResult {
  sent: number;
  /** Writer's send → observer's receipt, over every observer and update. */
  propagation: LatencySummary;
  expected: number;
  dropped: number;
}

export interface CursorJob {
  kind: 'cursors';
  url: string;
  clients: number;
  /** Clients that decode and time what they receive; the rest only count frames. */
  probes: number;
  hz: number;
  seconds: number;
}

export interface CursorResult {
  sent: number;
  /** A cursor move's send → its receipt by each probe. */
  latency: LatencySummary;
  /** Share of (probe, other client) pairs where the probe saw that client's last move. */
  finalPositionsShare: number;
  framesPerSecond: number;
  dropped: number;
}

export interface JoinJob {
  kind: 'join';
  url: string;
  joiners: number;
  boardBytes: number;
}

export interface JoinResult {
  boardBytes: number;
  /** Connect → sync step 2 (the whole board) received, per joiner. */
  synced: LatencySummary;
}

export interface IdleJob {
  kind: 'idle';
  url: string;
  rooms: number;
  perRoom: number;
  settleMs: number;
}

export interface IdleResult {
  connections: number;
  dropped: number;
}

export interface WriterJob {
  kind: 'writer';
  url: string;
  observers: number;
  /** Updates sent but not yet echoed back to the writer. */
  inFlight: number;
  seconds: number;
}

export interface WriterResult {
  updatesPerSecond: number;
  /** Writer's send → observer's receipt. */
  relay: LatencySummary;
}

export interface CrashJob {
  kind: 'crash';
  url: string;
  room: string;
  inFlight: number;
}

export interface CrashResult {
  /** The `sentAt` of every update the server echoed (so relayed) before it died, in order. */
  echoed: number[];
}

export interface ColdLoadJob {
  kind: 'cold-load';
  url: string;
  room: string;
  shapes: number;
}

export interface ColdLoadResult {
  /** Connect → the stock client reports synced and holds every shape. */
  loadedMs: number;
  /** Connect → the stock client's first `sync` event, whatever it held then. */
  syncedMs: number;
}

export type Job = FanOutJob | CursorJob | JoinJob | IdleJob | WriterJob | CrashJob | ColdLoadJob;

export type ToLoad = { type: 'job'; job: Job } | { type: 'ack' };

export type FromLoad =
  | { type: 'mark'; name: string }
  | { type: 'result'; result: unknown }
  | { type: 'error'; message: string };

/** Tells the bench that a measured window opens (`begin:x`) or closes (`end:x`). */
export type Mark = (name: string) => Promise<void>;
