import { vttTime } from "./timestamps";
import type { Cue } from "./types";

// "-->" inside a cue would end it early; & and < must be escaped in WebVTT text.
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/-->/g, "--&gt;");

/** WebVTT: a header, then cues with HH:MM:SS.mmm. */
export function writeVtt(cues: Cue[]): string {
  const body = cues.map((c) => `${vttTime(c.start)} --> ${vttTime(c.end)}\n${c.lines.map(escape).join("\n")}\n`).join("\n");
  return `WEBVTT\n\n${body}`;
}
