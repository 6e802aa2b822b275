import { parseBreaks, stripBreaks } from "./breaks";
import type { Scene, VideoRequest } from "./schema";

export { parseBreaks, stripBreaks } from "./breaks";

// A speaking rate typical of presenters (and espeak's own default). The figure is an estimate for
// quota checks made before any speech exists; the render reports the real duration.
const WORDS_PER_MINUTE = 150;
// API-CONTRACT.md caps the total voice duration of one video at 60 minutes.
export const MAX_VOICE_SECONDS = 60 * 60;
// A recording (audio_url) or a full_video background fetched from a URL is measured only once the worker has
// it; it may last at most this long, and quotas reserve this much for it until then.
export const MAX_FETCHED_MEDIA_SECONDS = 10 * 60;

// Han, kana and hangul are written without spaces; each character counts as half a word, which is
// close to how fast those scripts are read aloud.
const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

function wordCount(text: string): number {
  const unspaced = text.match(unspacedScript)?.length ?? 0;
  const spaced = text
    .replace(unspacedScript, " ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + unspaced / 2;
}

function sceneSeconds(voice: Scene["voice"], assetDurations: Record<string, number>): number {
  switch (voice.type) {
    case "silence":
      return voice.duration;
    case "audio":
      // An audio_url is only measured once it is fetched, so it counts as 0 here.
      return voice.audio_asset_id !== undefined ? (assetDurations[voice.audio_asset_id] ?? 0) : 0;
    case "text": {
      const segments = parseBreaks(voice.input_text);
      const pauses = segments.reduce((sum, s) => sum + (s.type === "pause" ? s.seconds : 0), 0);
      const speech = (wordCount(stripBreaks(voice.input_text)) / WORDS_PER_MINUTE) * 60;
      return speech / voice.speed + pauses;
    }
  }
}

// Seconds of voice across all scenes: the figure quotas and the 60-minute cap are checked against.
export function estimateVoiceSeconds(req: VideoRequest, assetDurations: Record<string, number>): number {
  return req.video_inputs.reduce((sum, scene) => sum + sceneSeconds(scene.voice, assetDurations), 0);
}
