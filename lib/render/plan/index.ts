export { planVideo, framesFor } from "./plan-video";
export { fitMedia, FILL_COLOUR } from "./fit-media";
export { presenterLayer } from "./presenter-layer";
export { videoPlay } from "./video-play";
export type * from "./types";
