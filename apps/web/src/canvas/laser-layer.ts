import type { Editor } from '../editor/editor.ts';
import { LaserTrail, trailRuns, type TrailPoint } from '../editor/laser-trail.ts';
import type { Peer } from '../editor/presence-sync.ts';

/** One person's trail as the layer draws it. */
export interface LaserTrailView {
  /** The presence client id; this client's own trail is `self`. */
  owner: number | 'self';
  color: string;
  /** Points still visible. */
  points: number;
}

const OWN_FALLBACK_COLOR = '#e03131';
const NEUTRAL_COLOR = '#868e96';
// Screen pixels: a bright core over a soft glow, the same at every zoom.
const CORE_WIDTH = 4;
const GLOW_BLUR = 10;

interface PeerTrail {
  trail: LaserTrail;
  color: string;
}

/**
 * Everyone's laser trails (this client's and each peer's), drawn on a canvas of its own above
 * the shapes. It animates only while some trail is visible: no frame loop when idle.
 */
export class LaserLayer {
  private readonly peers = new Map<number, PeerTrail>();
  private frame: number | null = null;
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly editor: Editor,
    private readonly canvas: HTMLCanvasElement,
  ) {}

  start(): () => void {
    const presence = this.editor.presence;
    if (presence) {
      const sync = () => this.receive(presence.peers.get());
      sync();
      this.stops.push(presence.peers.subscribe(sync));
    }
    this.stops.push(this.editor.laser.subscribe(() => this.wake()));
    return () => {
      for (const stop of this.stops.splice(0)) stop();
      if (this.frame !== null) cancelAnimationFrame(this.frame);
      this.frame = null;
    };
  }

  /** True while a frame is scheduled (some trail is still fading). */
  get animating(): boolean {
    return this.frame !== null;
  }

  /** What is visible now, for tests and debugging. */
  trails(): LaserTrailView[] {
    const now = this.editor.now();
    const views: LaserTrailView[] = [];
    const own = this.editor.laser.trail.visible(now);
    if (own.length > 0) views.push({ owner: 'self', color: this.ownColor(), points: own.length });
    for (const [clientId, { trail, color }] of this.peers) {
      const points = trail.visible(now).length;
      if (points > 0) views.push({ owner: clientId, color, points });
    }
    return views;
  }

  private receive(peers: readonly Peer[]): void {
    const now = this.editor.now();
    const present = new Set<number>();
    for (const peer of peers) {
      present.add(peer.clientId);
      let entry = this.peers.get(peer.clientId);
      if (!entry) {
        if (!peer.laser) continue;
        entry = { trail: new LaserTrail(), color: peer.color };
        this.peers.set(peer.clientId, entry);
      }
      entry.color = peer.color;
      entry.trail.receive(peer.laser, now);
    }
    for (const id of this.peers.keys()) if (!present.has(id)) this.peers.delete(id);
    this.wake();
  }

  private wake(): void {
    if (this.frame === null) this.frame = requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    this.frame = null;
    const now = this.editor.now();
    const ctx = this.prepare();
    if (!ctx) return;
    let visible = this.paint(ctx, this.editor.laser.trail, this.ownColor(), now);
    // Peers' trails stay (faded) while they are here: each remembers the points it has shown.
    for (const { trail, color } of this.peers.values()) {
      visible = this.paint(ctx, trail, color, now) || visible;
    }
    if (visible) this.wake();
  }

  /** Clears the canvas, sized to the viewport at the screen's pixel ratio. */
  private prepare(): CanvasRenderingContext2D | null {
    const { width, height } = this.editor.state.viewport;
    const ratio = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(width * ratio));
    const h = Math.max(1, Math.round(height * ratio));
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return null;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    return ctx;
  }

  /** Draws one trail, fading from its newest point back; true if anything showed. */
  private paint(ctx: CanvasRenderingContext2D, trail: LaserTrail, color: string, now: number) {
    const points = trail.visible(now);
    if (points.length === 0) return false;
    const { x: cx, y: cy, zoom } = this.editor.camera;
    // Butt ends: runs meet at a shared point without overlapping (overlaps show as beads).
    ctx.lineCap = 'butt';
    ctx.lineJoin = 'round';
    ctx.lineWidth = CORE_WIDTH;
    // A colour the canvas cannot parse is ignored, keeping the last one set: reset first, so a
    // peer with a bogus colour is never drawn in someone else's.
    for (const value of [NEUTRAL_COLOR, color]) {
      ctx.strokeStyle = value;
      ctx.fillStyle = value;
      ctx.shadowColor = value;
    }
    ctx.shadowBlur = GLOW_BLUR;
    for (const run of trailRuns(points, now)) {
      ctx.globalAlpha = run.alpha;
      ctx.beginPath();
      const [first, ...rest] = run.points as [TrailPoint, ...TrailPoint[]];
      if (rest.length === 0) {
        ctx.arc((first.x - cx) * zoom, (first.y - cy) * zoom, CORE_WIDTH / 2, 0, Math.PI * 2);
        ctx.fill();
        continue;
      }
      ctx.moveTo((first.x - cx) * zoom, (first.y - cy) * zoom);
      for (const p of rest) ctx.lineTo((p.x - cx) * zoom, (p.y - cy) * zoom);
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    ctx.shadowBlur = 0;
    return true;
  }

  private ownColor(): string {
    return this.editor.presence?.localColor() ?? OWN_FALLBACK_COLOR;
  }
}
