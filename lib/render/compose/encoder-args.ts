import { env } from "@/lib/env";

// One set of encoder settings for every segment of a video, so the concat demuxer can join them by copying.
// The track timescale must be a multiple of the frame rate or frame times jitter: 12800 (25, 50), else 15360.
function trackTimescale(fps: number): number {
  return 12800 % fps === 0 ? 12800 : 15360;
}

// x264's speed/size trade: RENDER_PRESET, RENDER_CRF, RENDER_TUNE, RENDER_X264_PARAMS (README "Render speed").
export type EncoderSettings = { preset: string; crf: number; tune?: string; params?: string };

function encoderSettings(): EncoderSettings {
  const e = env();
  return { preset: e.renderPreset, crf: e.renderCrf, tune: e.renderTune, params: e.renderX264Params };
}

// Threads for one encode: a one-scene video has the machine to itself (RENDER_THREADS, default every core);
// the scenes of a longer video run side by side, one thread each.
export function encoderThreads(whole: boolean, cores: number): number {
  return whole ? (env().renderThreads ?? cores) : 1;
}

export function encoderArgs(fps: number, threads = 1, settings: EncoderSettings = encoderSettings()): string[] {
  return [
    "-c:v",
    "libx264",
    "-preset",
    settings.preset,
    ...(settings.tune ? ["-tune", settings.tune] : []),
    ...(settings.params ? ["-x264-params", settings.params] : []),
    "-crf",
    String(settings.crf),
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
