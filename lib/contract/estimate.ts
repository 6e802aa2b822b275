import { sceneBackground } from "./background";
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

// Spoken aloud, every digit and most symbols are a word or more ("2024" is "twenty twenty-four", "50%" is
// "fifty percent"): each counts as a word of its own, so numbers never make a script look short.
const spokenMarks = /[\p{N}%$€£¥&@+=#*/§°]/gu;

function wordCount(text: string): number {
  const unspaced = text.match(unspacedScript)?.length ?? 0;
  const marks = text.match(spokenMarks)?.length ?? 0;
  const spaced = text
    .replace(unspacedScript, " ")
    .replace(spokenMarks, " ")
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
  return spaced + marks + unspaced / 2;
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

/**
 * What a video may cost in seconds, as known at submit: `known` from its scripts, silences and the probed
 * lengths of its assets (a full_video background lasts at least its video); `unknown` for each input that is
 * measured only by the worker (an audio_url, a full_video background from a URL), at its cap.
 */
export function quotaEstimate(req: VideoRequest, assetDurations: Record<string, number>): { known: number; unknown: number } {
  let known = 0;
  let unknown = 0;
  for (const scene of req.video_inputs) {
    const voiceUnknown = scene.voice.type === "audio" && scene.voice.audio_asset_id === undefined;
    const voice = voiceUnknown ? 0 : sceneSeconds(scene.voice, assetDurations);
    const bg = sceneBackground(scene);
    const fullVideo = bg.type === "video" && bg.play_style === "full_video";
    if (voiceUnknown || (fullVideo && bg.video_asset_id === undefined)) {
      // The scene lasts as long as its longest part, at most the cap of what is measured later.
      known += voice;
      unknown += Math.max(0, MAX_FETCHED_MEDIA_SECONDS - voice);
    } else {
      const video = fullVideo && bg.video_asset_id !== undefined ? (assetDurations[bg.video_asset_id] ?? 0) : 0;
      known += Math.max(voice, video);
    }
  }
  return { known, unknown };
}
