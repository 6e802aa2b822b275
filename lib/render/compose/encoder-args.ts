// One set of encoder settings for every segment of a video, so the concat demuxer can join them by copying.
// The track timescale must be a multiple of the frame rate or frame times jitter: 12800 (25, 50), else 15360.
function trackTimescale(fps: number): number {
  return 12800 % fps === 0 ? 12800 : 15360;
}

export function encoderArgs(fps: number, threads = 1): string[] {
  return [
    "-c:v",
    "libx264",
    "-preset",
    "veryfast",
    "-crf",
    "23",
    "-pix_fmt",
    "yuv420p",
    "-r",
    String(fps),
    "-g",
    String(2 * fps),
    "-video_track_timescale",
    String(trackTimescale(fps)),
    "-threads",
    String(threads),
    "-an",
  ];
}

// The one audio encoding of a video: AAC-LC, 48 kHz, 128 kb/s.
export const AAC = ["-c:a", "aac", "-b:a", "128k", "-ar", "48000"];
