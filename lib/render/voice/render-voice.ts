import "server-only";
import type { VoiceSettings } from "@/lib/contract/schema";
import { RenderFailure } from "@/lib/render/failure";
import { audioVoice } from "./audio-voice";
import { remoteVoice } from "./remote-voice";
import { silenceVoice } from "./silence-voice";
import { textVoice } from "./text-voice";
import type { AudioInput, RemoteSpeech, VoiceOptions, VoiceTrack } from "./types";

export type { VoiceTrack } from "./types";

// One scene's voice as a 48 kHz mono WAV in opts.workDir, exactly a whole number of frames long, with
// the timings lip-sync and captions need. An audio voice reads `audio`, its recording made local by the
// caller; a remote voice reads `speech`, its provider's audio likewise fetched by the caller. Failures are RenderFailure with an API failure code.
export async function renderVoice(
  voice: VoiceSettings,
  opts: VoiceOptions & { audio?: AudioInput; speech?: RemoteSpeech },
): Promise<VoiceTrack> {
  if (opts.signal?.aborted) throw new RenderFailure("cancelled", "The render was cancelled.", true);
  switch (voice.type) {
    case "text":
      if (opts.speech) return remoteVoice(opts.speech, opts);
      return textVoice(
        voice.voice_id,
        { text: voice.input_text, speed: voice.speed, pitch: voice.pitch, emotion: voice.emotion, locale: voice.locale },
        opts,
      );
    case "audio":
      if (!opts.audio) throw new Error("an audio voice needs its recording as a local file (opts.audio)");
      return audioVoice(opts.audio, opts);
    case "silence":
      return silenceVoice(voice.duration, opts);
  }
}
