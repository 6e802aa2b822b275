import { animatePauses } from "./animate-pauses";
import { animateRough } from "./animate-rough";
import { enforceMinDuration } from "./enforce-min-duration";
import { insertTweens } from "./insert-tweens";
import { runsToCues } from "./runs-to-cues";
import { shapeRuleTrack } from "./shape-rule-track";
import { shapeRuns } from "./shape-runs";
import type { Phone, VisemeCue } from "./types";

// Phones -> mouth cues, following Rhubarb Lip Sync's pipeline (MIT, Daniel S. Wolf,
// rhubarb/src/animation/mouthAnimation.cpp): shape rules -> rough animation -> pauses -> tweens ->
// timing (minimum 7 cs). The phones come from our TTS, so Rhubarb's recognition step is not needed.
export function visemeTimeline(phones: readonly Phone[], duration: number): VisemeCue[] {
  if (!(duration > 0)) return [];
  const length = Math.max(1, Math.ceil(duration * 100 - 1e-6));
  const rough = animateRough(shapeRuleTrack(phones, length));
  const shapes = insertTweens(animatePauses(rough));
  return runsToCues(enforceMinDuration(shapeRuns(shapes)), duration);
}
