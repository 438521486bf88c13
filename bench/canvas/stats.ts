import type { Recording } from './probe/types.ts';

/** The value below which `fraction` of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1] as number;
}

export interface FrameStats {
  /** Frames per second that showed a new camera position. */
  cameraUpdatesPerSecond: number;
  /** Frames per second in which the shapes were repainted. */
  repaintsPerSecond: number;
  frameP95Ms: number;
  framesPerSecond: number;
}

export function frameStats(recording: Recording): FrameStats {
  const seconds = recording.durationMs / 1000;
  return {
    cameraUpdatesPerSecond: recording.cameraUpdates / seconds,
    repaintsPerSecond: recording.repaintFrames / seconds,
    frameP95Ms: percentile(recording.frameDeltas, 0.95),
    framesPerSecond: recording.frames / seconds,
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
