import { shapeSetsFor } from "./rhubarb-rules";
import type { Phone, Viseme } from "./types";

// One rule per centisecond: the shapes allowed there and the phone they come from (null in silence).
// `id` tells apart neighbouring rules with the same shapes, as Rhubarb's ShapeRule carries its phone timing.
export type ShapeRule = { shapes: readonly Viseme[]; phone: string | null; id: number };

const SILENCE = new Set(["sil", "sp", "spn", "pau", "h#", ""]);

// Rhubarb's getShapeRules: phones (seconds) -> rules (centiseconds); later phones overwrite earlier ones
// where they overlap (a plosive's occlusion reaches back into the phone before it).
export function shapeRuleTrack(phones: readonly Phone[], length: number): ShapeRule[] {
  const gap: ShapeRule = { shapes: ["X"], phone: null, id: 0 };
  const track: ShapeRule[] = Array.from({ length }, () => gap);
  const sorted = [...phones].sort((a, b) => a.start - b.start);
  let previousEnd = 0;
  let previousDuration = 0;
  let id = 1;
  for (const p of sorted) {
    const start = Math.round(p.start * 100);
    const end = Math.round(p.end * 100);
    if (start > previousEnd) previousDuration = start - previousEnd;
    const duration = end - start;
    const phone = p.phone.toLowerCase().replace(/[0-9]/g, "");
    if (duration > 0 && !SILENCE.has(phone)) {
      for (const set of shapeSetsFor(phone, duration, previousDuration)) {
        const rule: ShapeRule = { shapes: set.shapes, phone, id: id++ };
        for (let i = Math.max(0, start + set.start); i < Math.min(length, start + set.end); i++) track[i] = rule;
      }
    }
    if (duration > 0) previousDuration = duration;
    previousEnd = Math.max(previousEnd, end);
  }
  return track;
}
