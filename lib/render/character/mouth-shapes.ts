import { enforceMinDuration } from "./enforce-min-duration";
import { classifyFrames, type MouthProfile } from "./mouth-classifier";
import type { MouthFeatures } from "./mouth-features";
import { shapeRuns, type Run } from "./shape-runs";
import { smoothMouth } from "./smooth-mouth";
import type { Viseme } from "./types";

// Audio features -> one mouth shape per centisecond: classified per frame, smoothed (a change of shape
// must pay off), then no shape shorter than Rhubarb's 7 cs.
export function mouthShapes(features: MouthFeatures, profile: MouthProfile, penalty = profile.switchPenalty): Run<Viseme>[] {
  const shapes = smoothMouth(classifyFrames(features, profile), profile.classes, penalty, features.silent);
  return enforceMinDuration(shapeRuns(shapes));
}
