import type { MediaFile } from "@/lib/render/ffmpeg";

// What the voice stage hands to lip-sync, captions and the audio mix.
export type Word = { text: string; start: number; end: number }; // seconds from the voice start
export type Phone = { phone: string; start: number; end: number }; // ARPAbet, lowercase, no stress digits ("m","uw","f","sil")
export type VoiceTrack = {
  kind: "text" | "audio" | "silence";
  wavPath: string; // 48 kHz mono s16le WAV, exactly `duration` long
  duration: number; // seconds, rounded UP to a whole frame of `fps`
  words: Word[]; // text voices only (breaks excluded), else []
  phones: Phone[]; // text voices only, else []
  envelope: number[]; // RMS loudness 0..1 per 10 ms, for every kind (the mouth follows it for audio)
};

export type VoiceOptions = { workDir: string; fps: number; signal?: AbortSignal };

// Every track is mixed at this rate.
export const SAMPLE_RATE = 48_000;

// An audio voice's recording, already local; decoding stops past maxSeconds.
export type AudioInput = { file: MediaFile; maxSeconds: number };

// A remote voice's speech, already local (lib/speech fetched it): one file per stretch of text between
// `<break>` tags, in order with the pauses; `words` when the provider timed them (ElevenLabs' alignment).
export type RemoteSpeechPart = { type: "speech"; text: string; file: MediaFile; words?: Word[] } | { type: "pause"; seconds: number };
export type RemoteSpeech = {
  parts: RemoteSpeechPart[];
  // The espeak-ng voice that renders the same text for timing ("en-us", "fr"): its phones are known.
  referenceVoice: string;
  // Speed still to apply (1 when the provider took it), and the pitch shift (-50..50, half an octave each way).
  tempo: number;
  pitch: number;
};
