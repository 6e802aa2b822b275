export { buildCues, cueRules, CUE_RULES } from "./build-cues";
export { captionScript } from "./caption-font";
export { assScripts, writeAss } from "./write-ass";
export { writeSrt } from "./write-srt";
export { writeVtt } from "./write-vtt";
export type { Cue, WordTiming } from "./types";
