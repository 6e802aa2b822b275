import { POSES } from "./art/presenter-svg";
import { VISEMES, type Eyes, type SpriteKey, type Viseme } from "./types";

// Every (pose, eyes, mouth) the schedule can ask for, and the file name of each.
export function spriteKeys(): SpriteKey[] {
  return POSES.flatMap((_, pose) =>
    (["open", "closed"] as const).flatMap((eyes) => VISEMES.map((mouth) => ({ pose, eyes, mouth }))),
  );
}

export const spriteName = (pose: number, eyes: Eyes, mouth: Viseme) => `p${pose}-${eyes}-${mouth}.png`;
