/** A spoken word, in seconds from the start of its scene. */
export type WordTiming = { text: string; start: number; end: number };

/** A caption cue, in seconds from the start of the video; `lines` holds one or two lines. */
export type Cue = { start: number; end: number; lines: string[] };
