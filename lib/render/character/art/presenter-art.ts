import type { EyeStyle } from "./eyes";
import type { MouthColors } from "./mouths";

// One presenter's art in a 600-unit-wide art space: x = 300 is the centre line, the face spans about
// y 128..328, the eyes sit at y 228, the mouth at (300, mouthY), the torso runs down past y 1400 so the
// presenter's lower body is always out of frame.
export type PresenterArt = {
  key: string;
  // Bumped whenever the drawing changes, so cached sprites are redrawn.
  version: number;
  body: string;
  hairBack: string;
  face: string;
  brows: string;
  hairFront: string;
  eyes: EyeStyle;
  mouth: MouthColors;
  mouthY: number;
  // The mouth set's size about its centre (1 = about 40 units wide); keep mouthY + 30 * mouthScale <= 330.
  mouthScale?: number;
  // Drawn over the whole face (glasses), turning with the head.
  front?: string;
};
