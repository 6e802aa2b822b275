export { buildCues, CUE_RULES } from "./build-cues";
export { writeAss } from "./write-ass";
export { writeSrt } from "./write-srt";
export { writeVtt } from "./write-vtt";
export type { Cue, WordTiming } from "./types";
