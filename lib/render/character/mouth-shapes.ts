import { enforceMinDuration } from "./enforce-min-duration";
import { classifyFrames, type MouthProfile } from "./mouth-classifier";
import type { MouthFeatures } from "./mouth-features";
import { runsToCues } from "./runs-to-cues";
import { shapeRuns } from "./shape-runs";
import { smoothMouth } from "./smooth-mouth";
import type { Viseme, VisemeCue } from "./types";
import { visemeTimeline } from "./viseme-timeline";

// Audio features -> mouth cues: classes per frame, smoothed (a change must pay off). Shape classes keep
// Rhubarb's 7 cs minimum; phone classes become a phone track that Rhubarb's rules animate (closed lips
// before a plosive, relaxed short pauses, tweens), as for a text voice.
export function mouthShapes(
  features: MouthFeatures,
  profile: MouthProfile,
  duration: number,
  penalty = profile.switchPenalty,
): VisemeCue[] {
  const rest = profile.target === "phone" ? "sil" : "X";
  const classes = smoothMouth(classifyFrames(features, profile), profile.classes, penalty, features.silent, rest);
  if (profile.target === "viseme") return runsToCues(enforceMinDuration(shapeRuns(classes as Viseme[])), duration);
  const phones = shapeRuns(classes)
    .filter((run) => run.value !== "sil")
    .map((run) => ({ phone: run.value, start: run.start / 100, end: run.end / 100 }));
  return visemeTimeline(phones, duration);
}
