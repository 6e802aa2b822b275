import { srtTime } from "./timestamps";
import type { Cue } from "./types";

/** SubRip: numbered cues, HH:MM:SS,mmm. */
export function writeSrt(cues: Cue[]): string {
  return cues.map((c, i) => `${i + 1}\n${srtTime(c.start)} --> ${srtTime(c.end)}\n${c.lines.join("\n")}\n`).join("\n");
}
