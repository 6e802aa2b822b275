import { writeFile } from "node:fs/promises";
import sharp, { type Metadata, type Sharp } from "sharp";
import { faceModels } from "./face-models";
import { eyeDistance, faceFrame } from "./face-points";
import type { PhotoAnalysis, Point } from "./types";

// Analysing an uploaded portrait, once: orientation applied and metadata dropped, large photos scaled down,
// the largest face's 468 landmarks found, a person matte made, and the previews written. Runs in a worker
// thread (lib/talking-photos), never on the web server's own thread.

const MAX_SIDE = 4096;
const MAX_PIXELS = 40_000_000;
const MIN_SHORT_SIDE = 64;
/** Faces down to about 40 px wide: this many pixels between the outer eye corners. */
const MIN_EYE_DISTANCE = 22;
const DETECT_SIDE = 2048;
const MATTE_SIDE = 1024;

export type AnalysisFiles = { image: string; matte: string; preview: string; thumbnail: string };
export type AnalysisResult =
  | { ok: true; analysis: PhotoAnalysis }
  | { ok: false; reason: "not_an_image" | "too_many_pixels" | "too_small" | "no_face" | "face_too_small"; message: string };

async function rgb(img: Sharp, maxSide: number) {
  const { data, info } = await img
    .clone()
    .resize(maxSide, maxSide, { fit: "inside", withoutEnlargement: true })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Reads `input`, writes the stored image, its matte and previews to `out`, and answers the analysis. */
export async function analysePhoto(input: string, out: AnalysisFiles): Promise<AnalysisResult> {
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, reason: "not_an_image", message: "could not be read as a JPEG, PNG or WebP image" };
  }
  const [w0, h0] = [meta.autoOrient?.width ?? meta.width ?? 0, meta.autoOrient?.height ?? meta.height ?? 0];
  if (w0 * h0 > MAX_PIXELS) {
    return {
      ok: false,
      reason: "too_many_pixels",
      message: `is ${w0}x${h0} (${((w0 * h0) / 1e6).toFixed(1)} megapixels); the limit is ${MAX_PIXELS / 1e6} megapixels`,
    };
  }
  if (Math.min(w0, h0) < MIN_SHORT_SIDE) {
    return { ok: false, reason: "too_small", message: `is ${w0}x${h0}; a photo needs at least ${MIN_SHORT_SIDE} px on its short side` };
  }
  // Orientation applied, metadata (EXIF, GPS) dropped (sharp keeps none unless asked), alpha flattened on white.
  const oriented = sharp(input, { limitInputPixels: MAX_PIXELS }).autoOrient().flatten({ background: "#ffffff" });
  const stored = await oriented
    .resize(MAX_SIDE, MAX_SIDE, { fit: "inside", withoutEnlargement: true })
    .jpeg({ quality: 92, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  await writeFile(out.image, stored.data);
  const { width, height } = stored.info;
  const image = sharp(stored.data);

  const human = await faceModels();
  const detect = await rgb(image, DETECT_SIDE);
  const scale = width / detect.width;
  const tensor = human.tf.tensor3d(new Uint8Array(detect.data), [detect.height, detect.width, 3], "int32");
  let faces;
  try {
    faces = (await human.detect(tensor)).face.filter((f) => f.mesh.length >= 468);
  } finally {
    tensor.dispose();
  }
  if (faces.length === 0) return { ok: false, reason: "no_face", message: "no face found in the image" };
  const largest = faces.reduce((a, b) => (b.box[2] * b.box[3] > a.box[2] * a.box[3] ? b : a));
  const landmarks = largest.mesh.slice(0, 468).map(([x, y]): Point => [x * scale, y * scale]);
  const eyes = eyeDistance(landmarks);
  if (eyes < MIN_EYE_DISTANCE) {
    return {
      ok: false,
      reason: "face_too_small",
      message: `has a face too small to animate (${Math.round(eyes)} px between the outer eye corners); the minimum is ${MIN_EYE_DISTANCE} px, a face about 36 px wide: upload a larger or closer photo`,
    };
  }

  const seg = await rgb(image, MATTE_SIDE);
  const segTensor = human.tf.tensor3d(new Uint8Array(seg.data), [seg.height, seg.width, 3], "int32");
  let alpha: Buffer;
  try {
    const result = await human.segmentation(segTensor);
    if (!result) throw new Error("the person segmentation gave no result");
    const values = await result.data();
    const channels = result.shape.at(-1) ?? 1;
    alpha = Buffer.alloc(seg.width * seg.height);
    for (let i = 0; i < alpha.length; i++) alpha[i] = Math.round(values[i * channels + channels - 1] ?? 0);
    result.dispose();
  } finally {
    segTensor.dispose();
  }
  await sharp(alpha, { raw: { width: seg.width, height: seg.height, channels: 1 } })
    .png()
    .toFile(out.matte);

  const [bx, by, bw, bh] = largest.box.map((v) => v * scale) as [number, number, number, number];
  const box = { x: Math.round(bx), y: Math.round(by), w: Math.round(bw), h: Math.round(bh) };
  const warnings = faces.length > 1 ? [`${faces.length} faces were found; the largest is used`] : [];
  await writePreviews(stored.data, alpha, { width, height, segWidth: seg.width, segHeight: seg.height }, box, landmarks, out);
  return { ok: true, analysis: { version: 1, width, height, landmarks, box, faces: faces.length, warnings } };
}

// The analysis preview (background dimmed by the matte, the face box drawn) and a square thumbnail on the face.
async function writePreviews(
  image: Buffer,
  alpha: Buffer,
  size: { width: number; height: number; segWidth: number; segHeight: number },
  box: PhotoAnalysis["box"],
  landmarks: Point[],
  out: AnalysisFiles,
): Promise<void> {
  const { width, height } = size;
  const fit = Math.min(1, 768 / Math.max(width, height));
  const [pw, ph] = [Math.max(1, Math.round(width * fit)), Math.max(1, Math.round(height * fit))];
  const matte = await sharp(alpha, { raw: { width: size.segWidth, height: size.segHeight, channels: 1 } })
    .resize(pw, ph, { fit: "fill" })
    .raw()
    .toBuffer();
  const photo = await sharp(image).resize(pw, ph, { fit: "fill" }).removeAlpha().raw().toBuffer();
  const shown = Buffer.alloc(pw * ph * 3);
  for (let i = 0; i < pw * ph; i++) {
    const a = 0.35 + 0.65 * ((matte[i] ?? 0) / 255);
    for (let c = 0; c < 3; c++) shown[i * 3 + c] = Math.round((photo[i * 3 + c] ?? 0) * a + 40 * (1 - a));
  }
  const stroke = Math.max(2, Math.round(Math.max(pw, ph) / 200));
  const r = (v: number) => Math.round(v * fit);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${pw}" height="${ph}"><rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.w)}" height="${r(box.h)}" fill="none" stroke="#22d3ee" stroke-width="${stroke}"/></svg>`;
  await sharp(shown, { raw: { width: pw, height: ph, channels: 3 } })
    .composite([{ input: Buffer.from(svg) }])
    .jpeg({ quality: 85 })
    .toFile(out.preview);
  const f = faceFrame(landmarks);
  const side = Math.min(width, height, Math.round(f.height * 2.2));
  const left = Math.min(Math.max(0, Math.round(f.centre[0] - side / 2)), width - side);
  const top = Math.min(Math.max(0, Math.round(f.centre[1] - side / 2)), height - side);
  await sharp(image).extract({ left, top, width: side, height: side }).resize(256, 256).jpeg({ quality: 85 }).toFile(out.thumbnail);
}
