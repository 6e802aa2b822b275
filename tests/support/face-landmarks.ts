import { execFileSync } from "node:child_process";
import { faceModels } from "@/lib/render/photo/face-models";
import { eyeDistance } from "@/lib/render/photo/face-points";
import type { Point } from "@/lib/render/photo/types";

export type FrameFace = { t: number; points: Point[] | null; rgb: Buffer; width: number };

// Runs the face-landmark model (the one uploads are analysed with) over a rendered video's frames at `fps`
// for its first `seconds`: what a viewer would see, measured without reading anything the engine planned.
export async function videoLandmarks(
  file: string,
  o: { fps: number; seconds: number; width: number; height: number },
): Promise<FrameFace[]> {
  const raw = execFileSync(
    "ffmpeg",
    ["-v", "error", "-i", file, "-t", String(o.seconds), "-vf", `fps=${o.fps}`, "-f", "rawvideo", "-pix_fmt", "rgb24", "-"],
    { maxBuffer: 1 << 30 },
  );
  const size = o.width * o.height * 3;
  const human = await faceModels();
  const out: FrameFace[] = [];
  for (let i = 0; (i + 1) * size <= raw.length; i++) {
    const tensor = human.tf.tensor3d(new Uint8Array(raw.subarray(i * size, (i + 1) * size)), [o.height, o.width, 3], "int32");
    try {
      const face = (await human.detect(tensor)).face.find((f) => f.mesh.length >= 468);
      const rgb = raw.subarray(i * size, (i + 1) * size);
      out.push({ t: (i + 0.5) / o.fps, points: face ? face.mesh.slice(0, 468).map(([x, y]): Point => [x, y]) : null, rgb, width: o.width });
    } finally {
      tensor.dispose();
    }
  }
  return out;
}

/** The inner lips' opening, in eye distances. */
export const mouthOpening = (p: Point[]) => Math.hypot(p[14]![0] - p[13]![0], p[14]![1] - p[13]![1]) / eyeDistance(p);

const LIP_RING = [61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 375, 321, 405, 314, 17, 84, 181, 91, 146];

/** The share of dark pixels (an open mouth's cavity) inside the lips' outline's box, on the frame's pixels. */
export function mouthDarkness(f: FrameFace): number {
  if (!f.points) return NaN;
  const xs = LIP_RING.map((i) => f.points![i]![0]);
  const ys = LIP_RING.map((i) => f.points![i]![1]);
  const [x0, x1, y0, y1] = [
    Math.floor(Math.min(...xs)),
    Math.ceil(Math.max(...xs)),
    Math.floor(Math.min(...ys)),
    Math.ceil(Math.max(...ys)),
  ];
  let [dark, all] = [0, 0];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const k = (y * f.width + x) * 3;
      const [r, g, b] = [f.rgb[k] ?? 0, f.rgb[k + 1] ?? 0, f.rgb[k + 2] ?? 0];
      all++;
      if (r + g + b < 200) dark++;
    }
  }
  return all ? dark / all : NaN;
}

/** Mean landmark motion per second between consecutive measured frames, in eye distances. */
export function motionPerSecond(frames: FrameFace[]): number {
  let sum = 0;
  let n = 0;
  for (let i = 1; i < frames.length; i++) {
    const [a, b] = [frames[i - 1]!, frames[i]!];
    if (!a.points || !b.points) continue;
    let d = 0;
    for (let k = 0; k < 468; k++) d += Math.hypot(b.points[k]![0] - a.points[k]![0], b.points[k]![1] - a.points[k]![1]);
    sum += d / 468 / eyeDistance(a.points) / (b.t - a.t);
    n++;
  }
  return n ? sum / n : 0;
}
