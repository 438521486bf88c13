// What the benchmark pages offer: each app page provides a `BenchApp` (directly, or the
// probe builds one from Sketchroom's inspector), and the probe script, injected into both
// pages before any app code runs, measures through it in exactly the same way.

export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

export interface ClientPoint {
  x: number;
  y: number;
}

/** The little each app must tell the probe. */
export interface BenchApp {
  camera(): Camera;
  shapeCount(): number;
  /** Page coordinates → viewport (CSS pixel) coordinates, for the mouse. */
  pageToClient(x: number, y: number): ClientPoint;
  /** The canvases that show shapes (overlays excluded): painting on one repaints the shapes. */
  shapeCanvases(): HTMLCanvasElement[];
}

export interface WheelPlan {
  /** Screen pixels per wheel event. */
  step: number;
  /** One full circle of panning takes this long, so the view stays over the same area. */
  periodMs: number;
  intervalMs: number;
}

export interface Recording {
  durationMs: number;
  frames: number;
  /** requestAnimationFrame intervals, in ms. */
  frameDeltas: number[];
  /** Frames whose camera differed from the previous frame's. */
  cameraUpdates: number;
  /** Frames in which a shape canvas was painted. */
  repaintFrames: number;
  wheelEvents: number;
}

export interface BenchProbe {
  readonly app: BenchApp | null;
  /** performance.now() when the board first showed all its shapes (see `__benchOpenTarget`). */
  readonly openedAt: number | null;
  startRecording(wheel: WheelPlan | null): void;
  stopRecording(): Recording;
  /** Used JS heap in bytes, after a full collection when the page may ask for one. */
  heapBytes(): number;
  /** Resolves after two more frames, so whatever just changed has been drawn. */
  settle(): Promise<void>;
  /** Entries in an IndexedDB object store; 0 when the database or the store is missing. */
  countStored(database: string, store: string): Promise<number>;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
    __benchApp?: BenchApp;
    /** Set by an init script before the probe loads: time the first paint of this many shapes. */
    __benchOpenTarget?: number;
    gc?: () => void;
  }
}
