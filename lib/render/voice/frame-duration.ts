// Seconds rounded up to a whole frame, so a scene's audio and video end on the same frame. The small
// tolerance keeps 2.0 s at 25 fps at 50 frames instead of 51 through float error.
export function frameDuration(seconds: number, fps: number): number {
  const frames = Math.max(1, Math.ceil(seconds * fps - 1e-6));
  return frames / fps;
}

// The number of 48 kHz samples in a frame-rounded duration (exact for 24, 25, 30, 50, 60 fps).
export function sampleCount(seconds: number, sampleRate: number): number {
  return Math.round(seconds * sampleRate);
}
