import type { EMOTIONS } from "@/lib/contract/schema";

export type Emotion = (typeof EMOTIONS)[number];

// How an emotion is approximated by engines with no emotional voices: a speaking-rate factor, a pitch
// offset (in the request's -50..50 pitch units), a pitch range (espeak 0..99, 50 = neutral) and a
// volume factor. Excited is fast, high and lively; Soothing slow, low, flat and soft.
//
// | emotion     | rate | pitch | range | volume |
// |-------------|------|-------|-------|--------|
// | Excited     | 1.15 | +12   | 85    | 1.10   |
// | Friendly    | 1.00 | +6    | 65    | 1.00   |
// | Serious     | 0.92 | -6    | 35    | 1.00   |
// | Soothing    | 0.82 | -10   | 25    | 0.85   |
// | Broadcaster | 1.05 | -2    | 60    | 1.05   |
export type Prosody = { rate: number; pitch: number; range: number; volume: number };

const NEUTRAL: Prosody = { rate: 1, pitch: 0, range: 50, volume: 1 };

const EMOTION_PROSODY: Record<Emotion, Prosody> = {
  Excited: { rate: 1.15, pitch: 12, range: 85, volume: 1.1 },
  Friendly: { rate: 1, pitch: 6, range: 65, volume: 1 },
  Serious: { rate: 0.92, pitch: -6, range: 35, volume: 1 },
  Soothing: { rate: 0.82, pitch: -10, range: 25, volume: 0.85 },
  Broadcaster: { rate: 1.05, pitch: -2, range: 60, volume: 1.05 },
};

// The request's speed (0.5..1.5) and pitch (-50..50) combined with the emotion preset.
export function prosody(speed: number, pitch: number, emotion: Emotion | undefined): Prosody {
  const base = emotion ? EMOTION_PROSODY[emotion] : NEUTRAL;
  return { rate: speed * base.rate, pitch: pitch + base.pitch, range: base.range, volume: base.volume };
}
