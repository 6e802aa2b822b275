import type { PhotoGeometry } from "@/lib/render/plan";
import type { PhotoAnalysis, Point } from "./types";

// MediaPipe face-mesh indices the engine moves or measures. "Left" is the image's left (the person's right).
export const LIPS = {
  upperOuter: [61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291],
  lowerOuter: [146, 91, 181, 84, 17, 314, 405, 321, 375],
  upperInner: [78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308],
  lowerInner: [95, 88, 178, 87, 14, 317, 402, 318, 324],
} as const;
export const MOUTH_CORNERS = [61, 291] as const;

// Each eye: the upper lid (outer corner to inner), the lower lid below each upper point, and the crease above.
export const EYES = [
  {
    corners: [33, 133],
    upper: [246, 161, 160, 159, 158, 157, 173],
    lower: [7, 163, 144, 145, 153, 154, 155],
    crease: [247, 30, 29, 27, 28, 56, 190],
  },
  {
    corners: [263, 362],
    upper: [466, 388, 387, 386, 385, 384, 398],
    lower: [249, 390, 373, 374, 380, 381, 382],
    crease: [467, 260, 259, 257, 258, 286, 414],
  },
] as const;

export const BROWS = [
  [70, 63, 105, 66, 107, 46, 53, 52, 65, 55],
  [300, 293, 334, 296, 336, 276, 283, 282, 295, 285],
] as const;

/** The face's outline, clockwise from the top of the forehead. */
export const FACE_OVAL = [
  10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377, 152, 148, 176, 149, 150, 136, 172, 58, 132, 93,
  234, 127, 162, 21, 54, 103, 67, 109,
] as const;

export const CHIN = 152;
const FOREHEAD = 10;
const OUTER_EYE_CORNERS = [33, 263] as const;
/** Points of the mesh proper (the 10 iris points after them are not used). */
export const MESH_POINTS = 468;

export const pt = (points: readonly Point[], i: number): Point => points[i] ?? [0, 0];
export const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
export const mid = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

/** Distance between the outer eye corners: the face size the upload's minimum is stated in. */
export const eyeDistance = (points: readonly Point[]) => dist(pt(points, OUTER_EYE_CORNERS[0]), pt(points, OUTER_EYE_CORNERS[1]));

/** The face's centre, height and tilt, from its outline. */
export function faceFrame(points: readonly Point[]) {
  const oval = FACE_OVAL.map((i) => pt(points, i));
  const xs = oval.map((p) => p[0]);
  const ys = oval.map((p) => p[1]);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [a, b] = OUTER_EYE_CORNERS.map((i) => pt(points, i)) as [Point, Point];
  return {
    centre: [(left + right) / 2, (top + bottom) / 2] as Point,
    width: right - left,
    height: dist(pt(points, FOREHEAD), pt(points, CHIN)),
    roll: Math.atan2(b[1] - a[1], b[0] - a[0]),
  };
}

export function photoGeometry(a: PhotoAnalysis): PhotoGeometry {
  const f = faceFrame(a.landmarks);
  return { width: a.width, height: a.height, faceX: f.centre[0], faceY: f.centre[1], faceHeight: f.height };
}

/** The polyline's second coordinate at `u`, from points sorted by their first (clamped at its ends). */
export function lineAt(line: readonly (readonly [number, number])[], u: number): number {
  if (u <= line[0]![0]) return line[0]![1];
  for (let i = 1; i < line.length; i++) {
    const [u0, v0] = line[i - 1]!;
    const [u1, v1] = line[i]!;
    if (u <= u1) return v0 + ((v1 - v0) * (u - u0)) / (u1 - u0 || 1);
  }
  return line.at(-1)![1];
}
