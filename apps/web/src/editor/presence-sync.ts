import {
  readPresence,
  setLocalPresence,
  type LaserState,
  type PresenceState,
} from '@sketchroom/board-yjs';
import {
  fitBounds,
  viewportBounds,
  type Box,
  type Camera,
  type PagePoint,
} from '@sketchroom/geometry';
import type { Awareness } from 'y-protocols/awareness';
import type { Session } from './session.ts';
import { Store, type Readable } from './store.ts';

/** What presence needs from the editor: the session to publish, and the camera to follow with. */
export interface PresenceHost {
  readonly state: Session;
  readonly session: Readable<Session>;
  now(): number;
  follow(clientId: number | null): void;
  setCamera(camera: Camera, byUser?: boolean): void;
}

/** Another person in the room, as the canvas draws them. */
export interface Peer {
  clientId: number;
  name: string;
  color: string;
  cursor: { x: number; y: number } | null;
  selection: readonly string[];
  /** The page area they are looking at, if their client shares it. */
  viewport: Box | null;
  /** Their laser pointer's latest points, while they use it (already checked and bounded). */
  laser: LaserState | null;
}

// DESIGN.md: cursor (and laser) updates go out at most ~30 times a second.
const CURSOR_INTERVAL_MS = 33;

type Throttled = Partial<Pick<PresenceState, 'cursor' | 'laser'>>;
const VIEWPORT_INTERVAL_MS = 100;

/**
 * Publishes this user's cursor, selection and viewport to awareness and keeps the
 * list of peers for the canvas. Also moves the camera when following someone.
 */
export class PresenceSync {
  readonly peers = new Store<readonly Peer[]>([]);
  private readonly cleanups: (() => void)[] = [];
  private cursorTimer: ReturnType<typeof setTimeout> | null = null;
  private pending: Throttled = {};
  private lastCursorSent = -Infinity;
  private viewportTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly editor: PresenceHost,
    private readonly awareness: Awareness,
  ) {
    const onChange = () => this.readPeers();
    awareness.on('change', onChange);
    this.cleanups.push(() => awareness.off('change', onChange));
    let last = editor.state;
    this.cleanups.push(
      editor.session.subscribe(() => {
        const next = editor.state;
        if (next.selectedIds !== last.selectedIds) {
          setLocalPresence(awareness, { selection: [...next.selectedIds] });
        }
        if (next.camera !== last.camera || next.viewport !== last.viewport) this.scheduleViewport();
        last = next;
      }),
    );
    this.readPeers();
  }

  get localClientId(): number {
    return this.awareness.clientID;
  }

  /** This person's colour as peers see it (null before it is set). */
  localColor(): string | null {
    const user = (this.awareness.getLocalState() as { user?: { color?: unknown } } | null)?.user;
    return typeof user?.color === 'string' && user.color !== '' ? user.color : null;
  }

  /** Throttled to ~30 Hz with a trailing send, so the last position always arrives. */
  publishCursor(point: PagePoint | null): void {
    this.pending.cursor = point ? { x: round(point.x), y: round(point.y) } : null;
    this.scheduleFlush();
  }

  /** The laser's trail, throttled with the cursor: both go out in one presence update. */
  publishLaser(laser: LaserState | null): void {
    this.pending.laser = laser;
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.cursorTimer !== null) return;
    const wait = CURSOR_INTERVAL_MS - (this.editor.now() - this.lastCursorSent);
    if (wait <= 0) {
      this.flushThrottled();
      return;
    }
    this.cursorTimer = setTimeout(() => {
      this.cursorTimer = null;
      this.flushThrottled();
    }, wait);
  }

  /** Points the camera at the followed peer's view (called when they or we change). */
  syncFollow(): void {
    const id = this.editor.state.followingClientId;
    if (id === null) return;
    const peer = this.peers.get().find((p) => p.clientId === id);
    if (!peer) {
      // They left: stop following rather than stare at a stale view.
      this.editor.follow(null);
      return;
    }
    if (!peer.viewport) return;
    const camera = fitBounds(peer.viewport, this.editor.state.viewport);
    this.editor.setCamera(camera, false);
  }

  dispose(): void {
    if (this.cursorTimer !== null) clearTimeout(this.cursorTimer);
    if (this.viewportTimer !== null) clearTimeout(this.viewportTimer);
    for (const cleanup of this.cleanups) cleanup();
    setLocalPresence(this.awareness, { cursor: null, selection: [], laser: null });
  }

  private flushThrottled(): void {
    if (this.pending.cursor === undefined && this.pending.laser === undefined) return;
    const patch = this.pending;
    this.pending = {};
    this.lastCursorSent = this.editor.now();
    setLocalPresence(this.awareness, patch);
  }

  private scheduleViewport(): void {
    if (this.viewportTimer !== null) return;
    this.viewportTimer = setTimeout(() => {
      this.viewportTimer = null;
      const { camera, viewport } = this.editor.state;
      const box = viewportBounds(camera, viewport);
      // Not part of PresenceState: an extra field, which other clients may ignore.
      this.awareness.setLocalStateField('viewport', {
        x: round(box.x),
        y: round(box.y),
        width: round(box.width),
        height: round(box.height),
      });
    }, VIEWPORT_INTERVAL_MS);
  }

  private readPeers(): void {
    const raw = this.awareness.getStates();
    const peers: Peer[] = [];
    for (const [clientId, presence] of readPresence(raw)) {
      if (clientId === this.awareness.clientID) continue;
      peers.push({
        clientId,
        name: presence.user.name,
        color: presence.user.color,
        cursor: presence.cursor,
        selection: presence.selection,
        viewport: readViewport(raw.get(clientId)),
        laser: presence.laser,
      });
    }
    this.peers.set(peers);
    this.syncFollow();
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function readViewport(state: unknown): Box | null {
  const v = (state as { viewport?: unknown } | undefined)?.viewport;
  if (typeof v !== 'object' || v === null) return null;
  const { x, y, width, height } = v as Record<string, unknown>;
  const all = [x, y, width, height];
  if (!all.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  if ((width as number) <= 0 || (height as number) <= 0) return null;
  return { x: x as number, y: y as number, width: width as number, height: height as number };
}
