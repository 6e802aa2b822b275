import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { runFfmpeg } from "@/lib/render/ffmpeg";
import { binaries } from "@/lib/render/binaries";

const exec = promisify(execFile);

export type Rgb = [number, number, number];

export async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), "render-test-"));
}

/** A PNG made by a filter graph ending in [out]. */
export async function makeImage(file: string, graph: string): Promise<string> {
  await runFfmpeg(["-filter_complex", graph, "-map", "[out]", "-frames:v", "1", "-y", file]);
  return file;
}

/** 200x300 (portrait, non-16:9): red | green above y=200, blue | yellow below; the split is at x=100. */
export function quadrantImage(file: string): Promise<string> {
  return makeImage(
    file,
    "color=red:s=100x200[a];color=lime:s=100x200[b];color=blue:s=100x100[c];color=yellow:s=100x100[d];" +
      "[a][b]hstack[top];[c][d]hstack[bottom];[top][bottom]vstack,format=rgb24[out]",
  );
}

/** A w x h opaque picture with four coloured quadrants (red, lime / blue, yellow), as an RGBA PNG. */
export function quadrantSprite(file: string, w: number, h: number): Promise<string> {
  const [hw, hh] = [w / 2, h / 2];
  return makeImage(
    file,
    `color=red:s=${hw}x${hh}[a];color=lime:s=${hw}x${hh}[b];color=blue:s=${hw}x${hh}[c];color=yellow:s=${hw}x${hh}[d];` +
      "[a][b]hstack[top];[c][d]hstack[bottom];[top][bottom]vstack,format=rgba[out]",
  );
}

/** A d x d red disc on a transparent square. */
export function discSprite(file: string, d: number): Promise<string> {
  const r = d / 2;
  return makeImage(file, `color=red:s=${d}x${d},format=rgba,geq=r=255:g=0:b=0:a='if(lte(hypot(X-${r}\\,Y-${r})\\,${r})\\,255\\,0)'[out]`);
}

/** An ffconcat timeline that shows one PNG for `seconds`. */
export async function concatOf(file: string, png: string, seconds: number): Promise<string> {
  await writeFile(file, `ffconcat version 1.0\nfile '${png}'\nduration ${seconds}\nfile '${png}'\n`);
  return file;
}

/** `frames` frames at 25 fps, 160x90, whose grey level encodes the frame number: Y = 20 + 5 n. */
export async function rampVideo(file: string, frames: number): Promise<string> {
  await runFfmpeg([
    "-filter_complex",
    "color=black:s=160x90:r=25,format=yuv420p,geq=lum='20+5*N':cb=128:cr=128[out]",
    "-map",
    "[out]",
    "-frames:v",
    String(frames),
    "-c:v",
    "libx264",
    "-qp",
    "0",
    "-pix_fmt",
    "yuv420p",
    "-y",
    file,
  ]);
  return file;
}

/** Which ramp frame a decoded RGB grey shows. */
export function rampFrame(rgb: Rgb): number {
  const y = (rgb[1] * 219) / 255 + 16;
  return Math.max(0, Math.round((y - 20) / 5));
}

/** Every frame of a video as raw RGB24 buffers. */
export async function readFrames(file: string, w: number, h: number): Promise<Buffer[]> {
  const { stdout } = await exec(binaries().ffmpeg, ["-v", "error", "-i", file, "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"], {
    encoding: "buffer",
    maxBuffer: 1 << 28,
  });
  const size = w * h * 3;
  const frames: Buffer[] = [];
  for (let i = 0; i + size <= stdout.length; i += size) frames.push(stdout.subarray(i, i + size));
  return frames;
}

export function pixel(frame: Buffer, w: number, x: number, y: number): Rgb {
  const i = (y * w + x) * 3;
  return [frame[i]!, frame[i + 1]!, frame[i + 2]!];
}

export const COLOURS: Record<string, Rgb> = {
  red: [255, 0, 0],
  green: [0, 255, 0],
  blue: [0, 0, 255],
  yellow: [255, 255, 0],
  white: [255, 255, 255],
  fill: [0xf6, 0xf6, 0xfc],
};

/** The name of the listed colour closest to rgb, when it is within a codec's tolerance. */
export function colourName(rgb: Rgb): string {
  let best = "other";
  let bestD = 60;
  for (const [name, c] of Object.entries(COLOURS)) {
    const d = Math.max(...c.map((v, i) => Math.abs(v - rgb[i]!)));
    if (d < bestD) [best, bestD] = [name, d];
  }
  return best;
}

// A fixture as the engine's background input: the file with the demuxer its type is read with.
export const png = (file: string) => ({ path: file, demuxer: "png_pipe" });
export const mp4File = (file: string) => ({ path: file, demuxer: "mov" });
