import { env } from "@/lib/env";
import type { OutputFormat } from "@/lib/render/plan";

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

/**
 * VP9 with an alpha channel for a WebM: yuva420p makes libvpx encode the alpha plane beside the picture, and the
 * WebM muxer marks the track AlphaMode 1 (ffprobe: alpha_mode=1). `realtime` at cpu-used 8, the fastest libvpx
 * has: a one-scene 8 s talking presenter (clean video, GIF, thumbnail) composes in about 2.6x x264's time at 720p
 * and 1.9x at 1080p; `good` at cpu-used 5 took about 7x. Constant quality at crf 20: from crf 24 up, realtime
 * leaves alpha 1 instead of 0 in the top-left block of a transparent frame. RENDER_PRESET and the other x264
 * settings do not apply.
 */
function vp9Args(fps: number, threads = 1): string[] {
  return [
    "-c:v",
    "libvpx-vp9",
    "-pix_fmt",
    "yuva420p",
    "-deadline",
    "realtime",
    "-cpu-used",
    "8",
    "-row-mt",
    "1",
    "-crf",
    "20",
    "-b:v",
    "0",
    "-r",
    String(fps),
    "-g",
    String(2 * fps),
    "-threads",
    String(threads),
    "-an",
  ];
}

/** The video encoder of a format: x264 (the operator's settings, or `settings`) for mp4, VP9 with alpha for webm. */
export function videoEncoderArgs(format: OutputFormat, fps: number, threads = 1, settings?: EncoderSettings): string[] {
  return format === "webm" ? vp9Args(fps, threads) : encoderArgs(fps, threads, settings);
}

// The one audio encoding of a video: AAC-LC, 48 kHz, 128 kb/s in an MP4; Opus, 48 kHz, 96 kb/s in a WebM.
export const AAC = ["-c:a", "aac", "-b:a", "128k", "-ar", "48000"];
const OPUS = ["-c:a", "libopus", "-b:a", "96k", "-ar", "48000"];

/** The audio encoder for an output file, by its extension: Opus for .webm and .opus, AAC otherwise. */
export function audioArgs(file: string): string[] {
  return /\.(webm|opus)$/.test(file) ? OPUS : AAC;
}
