// Shared shapes of the character renderer: phones in, mouth cues and sprite files out.

// One phone of a text voice: ARPAbet in lower case without stress digits ("sil" for silence), in seconds.
export type Phone = { phone: string; start: number; end: number };

// Rhubarb Lip Sync's mouth shapes: A-F basic (Hanna-Barbera), G (F/V), H (L), X (rest).
export type Viseme = "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "X";

export const VISEMES: readonly Viseme[] = ["A", "B", "C", "D", "E", "F", "G", "H", "X"];

export type VisemeCue = { viseme: Viseme; start: number; end: number };

export type Eyes = "open" | "closed";

export type PresenterStyle = "normal" | "closeUp" | "circle";

export type SpriteOptions = {
  width: number;
  height: number;
  style: PresenterStyle;
  // Fill of the circle behind the presenter (circle style only), "#rrggbb".
  circleColor?: string;
};

// A rectangle of sprite pixels.
export type SpriteRect = { x: number; y: number; width: number; height: number };

export type SpriteSet = {
  dir: string;
  // The presenter layer's size (the frame's); each sprite file holds only `crop` of it: the part any pose
  // paints (the circle's square for circle style), so ffmpeg decodes and blends a third of the pixels.
  width: number;
  height: number;
  crop: SpriteRect;
  poses: number;
  file(pose: number, eyes: Eyes, mouth: Viseme): string;
};

// What one sprite shows: which idle pose, eyes and mouth.
export type SpriteKey = { pose: number; eyes: Eyes; mouth: Viseme };
