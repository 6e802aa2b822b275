import sharp from "sharp";
import type { PresenterLayer, Rect } from "@/lib/render/plan";
import type { PhotoInput, Point } from "./types";
import { emptyImage, sample, type Box, type Image } from "./warp";

export type PhotoCanvasOptions = { matting: boolean; superResolution: boolean };

/**
 * A talking photo drawn at its size in the frame, for the frame part it shows (`area`): `person` is the
 * straight-alpha RGBA the warp reads (alpha is the matte where the background goes, else 255 inside the
 * photo); `finish` turns a box of warped person pixels into the sprite's premultiplied pixels (the circle's
 * colour behind and its round edge, for circle style); `landmarks` are the face's points in canvas pixels.
 */
export type PhotoCanvas = {
  area: Rect;
  person: Image;
  landmarks: Point[];
  finish(from: Image, to: Image, box: Box): void;
};

/** Upscaling with `super_resolution`: Lanczos-3 resampling followed by an unsharp mask. Else bilinear. */
async function resampled(file: string, region: Rect, w: number, h: number, o: { grey: boolean; sharpen: boolean; linear: boolean }) {
  let img = sharp(file).extract({ left: region.x, top: region.y, width: region.w, height: region.h });
  img = o.grey ? img.greyscale().extractChannel(0) : img.removeAlpha();
  img = img.resize(w, h, { fit: "fill", kernel: o.linear ? "linear" : "lanczos3" });
  // The unsharp mask's radius follows the upscale: about half a source pixel, in output pixels.
  if (o.sharpen) img = img.sharpen({ sigma: Math.min(6, Math.max(0.7, 0.45 * (w / region.w))), m1: 1, m2: 3 });
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

function parseHex(hex: string): [number, number, number] {
  const h = hex.replace("#", "");
  const full = h.length === 3 ? [...h].map((c) => c + c).join("") : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

export async function photoCanvas(input: PhotoInput, layer: PresenterLayer, o: PhotoCanvasOptions): Promise<PhotoCanvas> {
  const place = layer.photo;
  if (!place) throw new Error("a talking photo's layer needs the photo's placement");
  const area = layer.visible;
  const { width: pw, height: ph } = input.analysis;
  const k = place.scale;
  // The photo pixels the area shows, with a margin for the resampling filters.
  const sx0 = Math.max(0, Math.floor((area.x - place.x) / k) - 2);
  const sy0 = Math.max(0, Math.floor((area.y - place.y) / k) - 2);
  const sx1 = Math.min(pw, Math.ceil((area.x + area.w - place.x) / k) + 2);
  const sy1 = Math.min(ph, Math.ceil((area.y + area.h - place.y) / k) + 2);
  const person = emptyImage(area.w, area.h);
  const circle = layer.style === "circle";
  const cut = o.matting || circle;
  if (sx1 > sx0 && sy1 > sy0) {
    const region = { x: sx0, y: sy0, w: sx1 - sx0, h: sy1 - sy0 };
    const [w, h] = [Math.max(1, Math.round(region.w * k)), Math.max(1, Math.round(region.h * k))];
    const up = k > 1;
    const colour = await resampled(input.imagePath, region, w, h, {
      grey: false,
      sharpen: up && o.superResolution,
      linear: up && !o.superResolution,
    });
    const meta = await sharp(input.mattePath).metadata();
    const mk = (meta.width ?? pw) / pw;
    const mRegion = {
      x: Math.min(Math.floor(region.x * mk), (meta.width ?? 1) - 1),
      y: Math.min(Math.floor(region.y * mk), (meta.height ?? 1) - 1),
      w: 0,
      h: 0,
    };
    mRegion.w = Math.max(1, Math.min((meta.width ?? 1) - mRegion.x, Math.ceil(region.w * mk)));
    mRegion.h = Math.max(1, Math.min((meta.height ?? 1) - mRegion.y, Math.ceil(region.h * mk)));
    const matte = cut ? await resampled(input.mattePath, mRegion, w, h, { grey: true, sharpen: false, linear: true }) : undefined;
    // Canvas pixel centre -> resampled pixel coordinates.
    const [kx, ky] = [w / region.w, h / region.h];
    const rgb = { data: new Uint8Array(w * h * 4), width: w, height: h };
    for (let i = 0, j = 0; i < w * h; i++, j += colour.channels) {
      rgb.data[i * 4] = colour.data[j]!;
      rgb.data[i * 4 + 1] = colour.data[j + 1]!;
      rgb.data[i * 4 + 2] = colour.data[j + 2]!;
      rgb.data[i * 4 + 3] = 255;
    }
    const mask = matte ? { data: new Uint8Array(w * h * 4), width: w, height: h } : undefined;
    if (matte && mask) for (let i = 0; i < w * h; i++) mask.data[i * 4 + 3] = matte.data[i]!;
    const px = new Uint8Array(4);
    const hard = cut ? new Uint8Array(area.w * area.h) : undefined;
    for (let y = 0; y < area.h; y++) {
      for (let x = 0; x < area.w; x++) {
        const fx = (area.x + x + 0.5 - place.x) / k;
        const fy = (area.y + y + 0.5 - place.y) / k;
        if (fx < 0 || fy < 0 || fx > pw || fy > ph) continue;
        const at = (y * area.w + x) * 4;
        sample(rgb, (fx - region.x) * kx, (fy - region.y) * ky, person.data, at);
        person.data[at + 3] = 255;
        if (mask && hard) {
          sample(mask, (fx - region.x) * kx, (fy - region.y) * ky, px, 0);
          hard[y * area.w + x] = px[3]! >= 128 ? 1 : 0;
        }
      }
    }
    if (hard) {
      // The matte cut clean (a 3x3 majority drops specks and one-pixel threads), then softened over a 3x3
      // box: an edge at most 3 px wide.
      const cut = Uint8Array.from(hard);
      for (let y = 0; y < area.h; y++) {
        for (let x = 0; x < area.w; x++) {
          let n = 0;
          for (let dy = -1; dy <= 1; dy++)
            for (let dx = -1; dx <= 1; dx++)
              n += cut[Math.min(area.h - 1, Math.max(0, y + dy)) * area.w + Math.min(area.w - 1, Math.max(0, x + dx))]!;
          hard[y * area.w + x] = n >= 5 ? 1 : 0;
        }
      }
      for (let y = 0; y < area.h; y++) {
        for (let x = 0; x < area.w; x++) {
          let n = 0;
          for (let dy = -1; dy <= 1; dy++)
            for (let dx = -1; dx <= 1; dx++)
              n += hard[Math.min(area.h - 1, Math.max(0, y + dy)) * area.w + Math.min(area.w - 1, Math.max(0, x + dx))]!;
          const at = (y * area.w + x) * 4 + 3;
          person.data[at] = Math.round(((person.data[at] ?? 0) * n) / 9);
        }
      }
    }
  }
  const landmarks = input.analysis.landmarks.map(([x, y]): Point => [place.x + x * k - area.x, place.y + y * k - area.y]);
  const disc = circle ? parseHex(layer.circleBackground ?? "#ffffff") : undefined;
  // The circle, in canvas pixels: the layer's square.
  const [cx, cy, radius] = [layer.rect.x + layer.rect.w / 2 - area.x, layer.rect.y + layer.rect.h / 2 - area.y, layer.rect.w / 2];
  function finish(from: Image, to: Image, box: Box): void {
    const [x0, y0] = [Math.max(0, box.x0), Math.max(0, box.y0)];
    const [x1, y1] = [Math.min(from.width, box.x1), Math.min(from.height, box.y1)];
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const k4 = (y * from.width + x) * 4;
        const a = (from.data[k4 + 3] ?? 0) / 255;
        if (!disc) {
          for (let c = 0; c < 3; c++) to.data[k4 + c] = Math.round((from.data[k4 + c] ?? 0) * a);
          to.data[k4 + 3] = from.data[k4 + 3] ?? 0;
          continue;
        }
        const cover = Math.min(1, Math.max(0, radius - Math.hypot(x + 0.5 - cx, y + 0.5 - cy) + 0.5));
        for (let c = 0; c < 3; c++) to.data[k4 + c] = Math.round(((from.data[k4 + c] ?? 0) * a + disc[c]! * (1 - a)) * cover);
        to.data[k4 + 3] = Math.round(255 * cover);
      }
    }
  }
  return { area, person, landmarks, finish };
}
