export { planVideo, framesFor } from "./plan-video";
export { fitMedia, FILL_COLOUR } from "./fit-media";

export type * from "./types";
