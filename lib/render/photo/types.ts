// Shapes of the talking-photo engine: what the upload's analysis stores, and what a scene reads.

export type Point = [number, number];

/** What analysing a portrait once gives the engine (stored as JSON beside the image and its matte). */
export type PhotoAnalysis = {
  version: 1;
  /** The stored image's size (EXIF orientation applied, at most 4096 px a side). */
  width: number;
  height: number;
  /** The 468 face-mesh points (MediaPipe's numbering) of the face used, in image pixels. */
  landmarks: Point[];
  /** The detector's face box, in image pixels. */
  box: { x: number; y: number; w: number; h: number };
  /** How many faces were found (the largest is used). */
  faces: number;
  warnings: string[];
};

/** A talking photo made local for one scene: the stored image, its person matte and its analysis. */
export type PhotoInput = { hash: string; imagePath: string; mattePath: string; analysis: PhotoAnalysis };
