import type { MediaFit, PlayStyle, VideoBackground } from "./types";
import { FILL_COLOUR } from "./fit-media";

/** How a background video of `source` seconds fills a scene of `scene` seconds under each play style. */
export function videoPlay(layout: MediaFit, playStyle: PlayStyle, source: number, scene: number): VideoBackground {
  const base = { type: "video" as const, layout, playStyle, sourceDuration: source, afterColor: FILL_COLOUR };
  switch (playStyle) {
    case "fit_to_scene":
      return { ...base, stretch: scene / source, playDuration: scene, after: "freeze" };
    case "loop":
      return { ...base, stretch: 1, playDuration: Math.min(source, scene), after: "loop" };
    case "once":
      return { ...base, stretch: 1, playDuration: Math.min(source, scene), after: "color" };
    // freeze, and full_video (whose scene already spans the video; a longer voice holds the last frame).
    default:
      return { ...base, stretch: 1, playDuration: Math.min(source, scene), after: "freeze" };
  }
}
