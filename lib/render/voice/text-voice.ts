import "server-only";
import { findVoice } from "@/lib/catalog";
import { MAX_VOICE_SECONDS } from "@/lib/contract/estimate";
import { RenderFailure } from "@/lib/render/failure";
import { decodeToWav } from "./decode-to-wav";
import { speakText, type SpeakRequest } from "./speak-text";
import { SAMPLE_RATE, type VoiceOptions, type VoiceTrack } from "./types";
import { trackPath } from "./track-path";

// Resampling (and flite's pitch shift: play faster, then stretch back to the same length).
function resampleFilter(sampleRate: number, pitchFactor: number): string | undefined {
  if (pitchFactor === 1) return undefined;
  return `asetrate=${Math.round(sampleRate * pitchFactor)},aresample=${SAMPLE_RATE},atempo=${(1 / pitchFactor).toFixed(5)}`;
}

// A built-in voice speaking input_text: 48 kHz WAV, word and phone timings, loudness envelope.
export async function textVoice(voiceId: string, req: SpeakRequest, opts: VoiceOptions): Promise<VoiceTrack> {
  const voice = findVoice(voiceId);
  if (!voice || voice.provider !== "builtin")
    throw new RenderFailure("voice_unavailable", `Voice ${voiceId} cannot be spoken by this server.`, true);
  const spoken = await speakText(voice, req, opts.signal);
  const wavPath = trackPath(opts.workDir);
  const { duration, envelope } = await decodeToWav(
    { pcm: spoken.pcm, sampleRate: spoken.sampleRate },
    {
      wavPath,
      fps: opts.fps,
      maxSeconds: MAX_VOICE_SECONDS,
      filters: resampleFilter(spoken.sampleRate, spoken.pitchFactor),
      signal: opts.signal,
    },
  );
  const within = (t: number) => Math.min(duration, Math.max(0, t));
  return {
    kind: "text",
    wavPath,
    duration,
    words: spoken.words.map((w) => ({ ...w, start: within(w.start), end: within(w.end) })),
    phones: spoken.phones.map((p) => ({ ...p, start: within(p.start), end: within(p.end) })),
    envelope,
  };
}
