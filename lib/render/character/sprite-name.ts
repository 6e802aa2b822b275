import type { Eyes, Viseme } from "./types";

// The file name of one sprite inside a sprite set's folder.
export const spriteName = (pose: number, eyes: Eyes, mouth: Viseme) => `p${pose}-${eyes}-${mouth}.png`;
