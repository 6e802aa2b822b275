import Delaunator from "delaunator";
import type { Viseme } from "@/lib/render/character/types";
import { BROWS, CHIN, EYES, LIPS, MESH_POINTS, MOUTH_CORNERS, dist, faceFrame, lineAt, mid, pt } from "./face-points";
import type { Point } from "./types";

// How a photo's face moves. The mesh is the face's 468 landmarks plus two rings around the head: the inner
// ring follows half of the head's motion, the outer ring stays, so the hair, neck and background around the
// face stretch smoothly instead of tearing. Every move is a displacement of mesh points; the warp does the rest.

/** A rigid head pose: rotation in degrees about the neck, and a shift in face heights. */
export type HeadPose = { angle: number; dx: number; dy: number };

/** One sprite's face: the head pose, brows raised or not, eyes, mouth, and the scene's expression. */
export type FacePose = { head: HeadPose; browsUp: boolean; eyes: "open" | "closed"; mouth: Viseme; happy: boolean };

/** The inner lips' opening as a share of the mouth's width, its width factor, and what shows inside. */
type MouthShape = { gap: number; width: number; teeth: "upper" | "both"; tongue?: boolean };

export const MOUTH_SHAPES: Record<Viseme, MouthShape> = {
  X: { gap: 0, width: 1, teeth: "upper" },
  A: { gap: 0, width: 0.97, teeth: "upper" },
  B: { gap: 0.1, width: 1.03, teeth: "both" },
  C: { gap: 0.2, width: 1.02, teeth: "upper" },
  D: { gap: 0.34, width: 1, teeth: "upper" },
  E: { gap: 0.23, width: 0.86, teeth: "upper" },
  F: { gap: 0.13, width: 0.74, teeth: "upper" },
  G: { gap: 0.06, width: 1, teeth: "upper" },
  H: { gap: 0.19, width: 1, teeth: "upper", tongue: true },
};

const RING_POINTS = 20;
const CLOSED_GAP = 0.012;
const INNER_RING = 0.5;

export type FaceRig = {
  /** Mesh points where the photo has them, flat [x, y, ...]: the landmarks, then the two rings. */
  rest: Float64Array;
  triangles: Uint32Array;
  /** The face's centre, width, height and tilt, in the same pixels. */
  frame: ReturnType<typeof faceFrame>;
  mouthWidth: number;
  /** The outer ring's bounds: nothing outside ever moves. */
  reach: { x0: number; y0: number; x1: number; y1: number };
};

function ring(centre: Point, rx: number, ry: number, roll: number): Point[] {
  return Array.from({ length: RING_POINTS }, (_, i) => {
    const t = (i / RING_POINTS) * 2 * Math.PI;
    const [x, y] = [Math.cos(t) * rx, Math.sin(t) * ry];
    return [centre[0] + x * Math.cos(roll) - y * Math.sin(roll), centre[1] + x * Math.sin(roll) + y * Math.cos(roll)];
  });
}

/** The rig of a face whose landmarks are given in the pixels the sprites are drawn in. */
export function faceRig(landmarks: readonly Point[]): FaceRig {
  const frame = faceFrame(landmarks);
  const { centre, width, height, roll } = frame;
  // The head reaches above the forehead (hair): the rings are centred a little higher than the face.
  const up: Point = [centre[0] + Math.sin(roll) * 0.12 * height, centre[1] - Math.cos(roll) * 0.12 * height];
  const inner = ring(up, 0.85 * width, 0.78 * height, roll);
  const outer = ring(up, 1.35 * width, 1.15 * height, roll);
  const points = [...landmarks.slice(0, MESH_POINTS), ...inner, ...outer];
  const rest = new Float64Array(points.flatMap((p) => [p[0], p[1]]));
  const triangles = Uint32Array.from(new Delaunator(rest).triangles);
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  return {
    rest,
    triangles,
    frame,
    mouthWidth: dist(pt(landmarks, MOUTH_CORNERS[0]), pt(landmarks, MOUTH_CORNERS[1])),
    reach: {
      x0: Math.floor(Math.min(...xs)),
      y0: Math.floor(Math.min(...ys)),
      x1: Math.ceil(Math.max(...xs)),
      y1: Math.ceil(Math.max(...ys)),
    },
  };
}

const smooth = (t: number) => (t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t));

/** Where every mesh point goes for one face pose, flat like `rig.rest`. */
export function posePoints(rig: FaceRig, pose: FacePose): Float64Array {
  const { rest, frame, mouthWidth: mw } = rig;
  const { width: fw, height: fh, roll } = frame;
  const ex: Point = [Math.cos(roll), Math.sin(roll)];
  const ey: Point = [-Math.sin(roll), Math.cos(roll)];
  const at = (i: number): Point => [rest[i * 2]!, rest[i * 2 + 1]!];
  const local = (p: Point, o: Point): Point => {
    const [dx, dy] = [p[0] - o[0], p[1] - o[1]];
    return [dx * ex[0] + dy * ex[1], dx * ey[0] + dy * ey[1]];
  };
  // Displacements in face-local axes (u along the eyes, v down the face).
  const du = new Float64Array(MESH_POINTS);
  const dv = new Float64Array(MESH_POINTS);
  const mouth = mid(at(13), at(14));
  const half = mw / 2;
  const shape = MOUTH_SHAPES[pose.mouth];

  // The opening: each lower inner lip point goes to the target gap below its upper partner (an elliptic
  // profile across the mouth), the outer lower lip with it, the jaw below by the centre's amount.
  const lowerMove = new Map<number, number>();
  LIPS.lowerInner.forEach((lower, k) => {
    const upper = LIPS.upperInner[k + 1]!;
    const [u] = local(at(lower), mouth);
    const gapNow = local(at(lower), at(upper))[1];
    // Never quite zero: collapsed triangles would be skipped, leaving the photo's own mouth showing.
    const target = Math.max(CLOSED_GAP, shape.gap * Math.sqrt(Math.max(0, 1 - (u / half) ** 2))) * mw;
    lowerMove.set(lower, target - gapNow);
  });
  const centreMove = lowerMove.get(14) ?? 0;
  const lowerInnerU = LIPS.lowerInner.map((i) => [local(at(i), mouth)[0], lowerMove.get(i) ?? 0] as const).sort((a, b) => a[0] - b[0]);
  const moveAt = (u: number) => {
    const first = lowerInnerU[0]!;
    const last = lowerInnerU.at(-1)!;
    if (u <= first[0]) return first[1] * smooth((u + half) / (first[0] + half));
    if (u >= last[0]) return last[1] * smooth((half - u) / (half - last[0]));
    return lineAt(lowerInnerU, u);
  };
  const lowerLip = new Set<number>([...LIPS.lowerInner, ...LIPS.lowerOuter]);
  const upperLip = new Set<number>([...LIPS.upperInner, ...LIPS.upperOuter]);
  const chinV = local(at(CHIN), mouth)[1];
  for (let i = 0; i < MESH_POINTS; i++) {
    const [u, v] = local(at(i), mouth);
    if (lowerLip.has(i) && !MOUTH_CORNERS.includes(i as 61)) dv[i] = lowerMove.get(i) ?? moveAt(u);
    else if (upperLip.has(i)) dv[i] = -0.12 * Math.max(0, centreMove);
    else if (v > 0) {
      // The jaw: full below the mouth's middle, fading towards the cheeks and down the neck.
      const across = smooth(1 - Math.abs(u) / (0.55 * fw));
      const below = smooth(v / (0.35 * mw));
      const neck = v > chinV ? smooth(1 - (v - chinV) / (0.3 * fh)) : 1;
      dv[i] = 0.9 * centreMove * across * below * neck;
    }
    // The width: lips in or out from the centre, fading over the cheeks.
    // Cut to zero where it is small and above the upper lip, so the rest of the face keeps its exact pixels.
    const gauss = Math.exp(-((u / (0.8 * mw)) ** 2 + (v / (0.3 * mw)) ** 2));
    const near = gauss < 0.1 || v < -0.25 * mw ? 0 : gauss;
    du[i] = (shape.width - 1) * u * (lowerLip.has(i) || upperLip.has(i) ? 1 : near);
  }

  if (pose.happy) {
    // Corners up and out, cheeks lifted, lower lids raised a little: a smile that keeps the lip shapes.
    for (let i = 0; i < MESH_POINTS; i++) {
      const [u, v] = local(at(i), mouth);
      const lips = Math.exp(-((u / (0.7 * mw)) ** 2 + (v / (0.45 * mw)) ** 2));
      const side = Math.min(1, (u / half) ** 2);
      dv[i] = dv[i]! - 0.2 * mw * side * lips;
      du[i] = du[i]! + 0.08 * u * lips;
    }
    for (const cheek of [50, 280]) {
      const c = at(cheek);
      for (let i = 0; i < MESH_POINTS; i++) {
        const d = dist(at(i), c);
        dv[i] = dv[i]! - 0.025 * fh * Math.exp(-((d / (0.16 * fw)) ** 2));
      }
    }
    for (const eye of EYES) {
      eye.lower.forEach((i, k) => {
        const h = local(at(i), at(eye.upper[k]!))[1];
        dv[i] = dv[i]! - 0.18 * h;
      });
    }
  }

  if (pose.eyes === "closed") {
    // Each upper lid comes down onto its lower lid, the crease above following halfway: the lid's own skin
    // stretches over the eye.
    for (const eye of EYES) {
      eye.upper.forEach((i, k) => {
        const lower = eye.lower[k]!;
        const drop = local(at(lower), at(i))[1] + dv[lower]! - dv[i]!;
        dv[i] = dv[i]! + 0.92 * drop;
        const crease = eye.crease[k]!;
        dv[crease] = dv[crease]! + 0.45 * drop;
      });
    }
  }

  if (pose.browsUp) {
    const lift = 0.045 * fh;
    const browPoints = new Set<number>(BROWS.flat());
    const browV = Math.min(...[...browPoints].map((i) => local(at(i), mouth)[1]));
    for (let i = 0; i < MESH_POINTS; i++) {
      const v = local(at(i), mouth)[1];
      if (browPoints.has(i)) dv[i] = dv[i]! - lift;
      else if (v < browV) dv[i] = dv[i]! - lift * smooth(1 - (browV - v) / (0.25 * fh));
    }
  }

  // The head: rotated about the neck and shifted, in image axes; the inner ring follows half of it.
  const pivot: Point = [at(CHIN)[0] + ey[0] * 0.25 * fh, at(CHIN)[1] + ey[1] * 0.25 * fh];
  const move = (p: Point, share: number): Point => {
    const a = (pose.head.angle * share * Math.PI) / 180;
    const [x, y] = [p[0] - pivot[0], p[1] - pivot[1]];
    return [
      pivot[0] + x * Math.cos(a) - y * Math.sin(a) + pose.head.dx * share * fh,
      pivot[1] + x * Math.sin(a) + y * Math.cos(a) + pose.head.dy * share * fh,
    ];
  };
  const out = new Float64Array(rest.length);
  const total = rest.length / 2;
  for (let i = 0; i < total; i++) {
    let p = at(i);
    if (i < MESH_POINTS) p = [p[0] + du[i]! * ex[0] + dv[i]! * ey[0], p[1] + du[i]! * ex[1] + dv[i]! * ey[1]];
    const share = i < MESH_POINTS ? 1 : i < MESH_POINTS + RING_POINTS ? INNER_RING : 0;
    p = share ? move(p, share) : p;
    out[i * 2] = p[0];
    out[i * 2 + 1] = p[1];
  }
  return out;
}
