import "server-only";
import { CAPTION_FONT, fontsDir } from "@/lib/render/fonts";
import { runFfmpeg, type MediaFile } from "@/lib/render/ffmpeg";
import type { ScenePlan } from "@/lib/render/plan";
import { backgroundChain } from "./background-chain";
import { alphaCaptions, overChecker } from "./alpha";
import { videoEncoderArgs, type EncoderSettings } from "./encoder-args";
import { GIF_SECONDS, gifGraph } from "./gif-preview";
import { filterValue } from "./filter-value";
import { presenterChain, presenterInput, spritePlacement, type PresenterSource } from "./presenter-chain";

// fontsDir: the fonts the captions need (lib/render/fonts.ts; default: every bundled font).
// backgroundFile: the image or video with its demuxer (lib/render/media sniffs it).
export type SceneInputs = { backgroundFile?: MediaFile; presenter?: PresenterSource; captionsAss?: string; fontsDir?: string };
// gif and thumbnail: the video's derivatives, made from the clean picture in the same run (a one-scene video).
export type SceneOutputs = { clean: string; captioned?: string; gif?: string; thumbnail?: { file: string; atSeconds: number } };
type GraphOutputs = { captioned: boolean; gif?: boolean; thumbnailFrame?: number };
export type ComposeOptions = {
  onProgress?: (seconds: number) => void;
  signal?: AbortSignal;
  threads?: number;
  // Default: the operator's (RENDER_PRESET, RENDER_CRF, RENDER_TUNE); x264 (mp4) only.
  encoder?: EncoderSettings;
  timeoutMs?: number;
  ffmpeg?: string;
};

function watermark(scene: ScenePlan): string {
  const size = Math.max(8, Math.round(scene.height / 5));
  const border = Math.max(1, Math.round(scene.height / 270));
  return (
    `drawtext=fontfile=${filterValue(CAPTION_FONT.file)}:text=TEST:fontsize=${size}:fontcolor=white@0.8` +
    `:borderw=${border}:bordercolor=black@0.6:x=(w-text_w)/2:y=(h-text_h)/2`
  );
}

/**
 * Builds the -filter_complex graph and the inputs for one scene; the graph ends in [v0] (clean) and [v1]
 * (captioned), [gif] and [thumb] (when asked). A WebM scene keeps its alpha (yuva420p) to the end; its GIF and
 * thumbnail show it over grey squares.
 */
export function sceneGraph(scene: ScenePlan, inputs: SceneInputs, want: boolean | GraphOutputs): { inputArgs: string[]; graph: string } {
  const o: GraphOutputs = typeof want === "boolean" ? { captioned: want } : want;
  const captioned = o.captioned;
  const bg = backgroundChain(scene, inputs.backgroundFile, 0);
  const inputArgs = [...bg.inputArgs];
  const parts = [bg.filter];
  const presenter = scene.presenter && spritePlacement(scene.presenter, inputs.presenter?.crop).visible.w > 0 ? scene.presenter : undefined;
  if (presenter && !inputs.presenter) throw new Error(`scene ${scene.index}: the presenter needs its sprites (concatFile or clipFile)`);
  const alpha = scene.format === "webm";
  const pixels = alpha ? "yuva420p" : "yuv420p";
  // Converted to the output's pixel format once, before the repeat, so no frame pays for a colour conversion.
  const repeat = `format=${pixels},loop=loop=-1:size=1:start=0,setpts=N/(${scene.fps}*TB)`;
  let last = "bg";
  const step = (filter: string) => {
    const next = `s${parts.length}`;
    parts.push(`[${last}]${filter}[${next}]`);
    last = next;
  };
  // A static scene is drawn once and repeated: the watermark goes in before the repeat when nothing moves on top.
  if (scene.test && bg.static && !presenter) step(watermark(scene));
  if (bg.static) step(repeat);
  if (presenter && inputs.presenter) {
    const index = inputArgs.filter((a) => a === "-i").length;
    inputArgs.push(...presenterInput(inputs.presenter));
    parts.push(`[${last}]null[base]`, presenterChain(presenter, index, inputs.presenter.crop));
    last = "out";
  }
  if (scene.test && !(bg.static && !presenter)) step(watermark(scene));
  // One clean picture, split for each output that shows it.
  const copies = ["v0", ...(captioned ? ["c"] : []), ...(o.gif ? ["g"] : []), ...(o.thumbnailFrame !== undefined ? ["t"] : [])];
  // Cut to the scene's frames here, so every branch ends (a GIF branch on a looping still never would).
  const split = copies.length > 1 ? `,trim=end_frame=${scene.frames},split=${copies.length}` : "";
  parts.push(`[${last}]format=${pixels}${split}${copies.map((c) => `[${c}]`).join("")}`);
  if (captioned) {
    if (!inputs.captionsAss) throw new Error(`scene ${scene.index}: a captioned output needs captionsAss`);
    const dir = inputs.fontsDir ?? fontsDir();
    // The `ass` filter rather than `subtitles`: only it can ask libass for HarfBuzz shaping, without which
    // Devanagari vowel signs and conjuncts come out in the wrong order (Arabic joins either way). An ffmpeg
    // whose libass lacks HarfBuzz (the npm 4.1 build) takes the option and shapes simply.
    const ass = `ass=filename=${filterValue(inputs.captionsAss)}:fontsdir=${filterValue(dir)}:shaping=complex`;
    parts.push(alpha ? alphaCaptions(scene, ass, "c", "v1") : `[c]${ass}[v1]`);
  }
  const size = { width: scene.width, height: scene.height };
  if (o.gif) parts.push(`[g]trim=end=${GIF_SECONDS}[gt]`, gifGraph("gt", "gif", undefined, alpha ? size : undefined));
  if (o.thumbnailFrame !== undefined) {
    const frame = `trim=start_frame=${o.thumbnailFrame}:end_frame=${o.thumbnailFrame + 1},setpts=PTS-STARTPTS`;
    parts.push(alpha ? `[t]${frame}[tf];${overChecker("tf", "thumb", size)}` : `[t]${frame}[thumb]`);
  }
  return { inputArgs, graph: parts.join(";") };
}

/**
 * Renders one scene to a video-only segment (H.264, or VP9 with alpha for a WebM scene; and its captioned twin) in a single ffmpeg run, and when
 * asked the video's GIF and thumbnail from the same clean picture (a one-scene video). The voice is muxed in
 * afterwards (remux): ffmpeg 5.1 cuts an audio output short when a GIF shares the graph.
 */
export async function composeScene(scene: ScenePlan, inputs: SceneInputs, out: SceneOutputs, opts: ComposeOptions = {}): Promise<void> {
  const thumbnailFrame = out.thumbnail ? Math.min(scene.frames - 1, Math.round(out.thumbnail.atSeconds * scene.fps)) : undefined;
  const { inputArgs, graph } = sceneGraph(scene, inputs, {
    captioned: out.captioned !== undefined,
    gif: out.gif !== undefined,
    thumbnailFrame,
  });
  const enc = [...videoEncoderArgs(scene.format, scene.fps, opts.threads, opts.encoder), "-frames:v", String(scene.frames), "-y"];
  const outputs = ["-map", "[v0]", ...enc, out.clean];
  if (out.captioned) outputs.push("-map", "[v1]", ...enc, out.captioned);
  if (out.gif) outputs.push("-map", "[gif]", "-loop", "0", "-y", out.gif);
  if (out.thumbnail) outputs.push("-map", "[thumb]", "-frames:v", "1", "-update", "1", "-q:v", "3", "-y", out.thumbnail.file);
  await runFfmpeg([...inputArgs, "-filter_complex", graph, ...outputs], {
    onProgress: opts.onProgress,
    signal: opts.signal,
    timeoutMs: opts.timeoutMs,
    ffmpeg: opts.ffmpeg,
  });
}
