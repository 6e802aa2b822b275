// The render steps of bench/render.ts run one by one, so each phase gets its own figure.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os, { availableParallelism } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { writeFile } from "node:fs/promises";
import type { Scene, VideoRequest } from "@/lib/contract/schema";
import { findVoice } from "@/lib/catalog";
import { assScripts, buildCues, cueRules, writeAss } from "@/lib/render/captions";
import { fontsDir } from "@/lib/render/fonts";
import type { Word } from "@/lib/render/voice/types";
import { db } from "@/lib/db";
import { storage } from "@/lib/storage/storage";
import { renderVoice } from "@/lib/render/voice/render-voice";
import type { ScenePlan } from "@/lib/render/plan";
import {
  assemble,
  composeScene,
  encodeVoice,
  encoderArgs,
  encoderThreads,
  gifPreview,
  joinAudio,
  remux,
  thumbnail,
} from "@/lib/render/compose";
import { AAC } from "@/lib/render/compose/encoder-args";
import { ownFileInput, runFfmpeg } from "@/lib/render/ffmpeg";
import { sceneInputs } from "@/lib/generation/local/media/scene-inputs";
import { prepareScene } from "@/lib/render/scene/prepare-scene";

const since = (t: number) => (performance.now() - t) / 1000;

export async function uploadBackground(teamId: string, dir: string): Promise<string> {
  const file = path.join(dir, "loop.mp4");
  execFileSync("ffmpeg", [
    "-v",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    "testsrc2=s=1280x720:r=25:d=4",
    "-c:v",
    "libx264",
    "-pix_fmt",
    "yuv420p",
    file,
  ]);
  const asset = await db().asset.create({
    data: {
      teamId,
      name: "loop.mp4",
      type: "video",
      mimeType: "video/mp4",
      storageKey: `teams/${teamId}/assets/bench-loop.mp4`,
      sizeBytes: 1,
      width: 1280,
      height: 720,
      duration: 4,
    },
  });
  await storage().putFile(asset.storageKey, file);
  return asset.id;
}

/**
 * Seconds per phase for one video, every scene in turn (no queue, no storage hand-over), each step as the
 * jobs run it: a one-scene video makes its GIF and thumbnail in the compose run (derivatives 0) and its
 * assembly is the voice encoded and muxed in by copy.
 */
export type Quality = { ssim: number; bytesPerSecond: number; todayBytesPerSecond: number };

export async function phases(request: VideoRequest, teamId: string, quality?: (q: Quality) => void): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-phases-"));
  const out = { speech: 0, sprites: 0, compose: 0, assemble: 0, derivatives: 0 };
  try {
    const segments: string[] = [];
    const wavs: string[] = [];
    const whole = request.video_inputs.length === 1;
    let seconds = 0;
    for (const [index, scene] of request.video_inputs.entries()) {
      // The scene's inputs made local first, as the scene job does (untimed); then the job's own preparation.
      const made = await sceneInputs(scene, index, { teamId, workDir: dir });
      const { voice, media, plan, presenter, seconds: prepared } = await prepareScene(request, index, { workDir: dir, inputs: made });
      out.speech += prepared.speech;
      out.sprites += prepared.sprites;
      const t = performance.now();
      const clean = path.join(dir, `scene-${index}.mp4`);
      const derived = whole ? { gif: path.join(dir, "preview.gif"), thumbnail: { file: path.join(dir, "thumb.jpg"), atSeconds: 1 } } : {};
      const threads = encoderThreads(whole, availableParallelism());
      const inputs = { backgroundFile: media?.file, presenter, ...(await burnIn(request, scene, plan, voice.words, dir)) };
      const captioned = inputs.captionsAss ? path.join(dir, `scene-${index}-captioned.mp4`) : undefined;
      await composeScene(plan, inputs, { clean, captioned, ...derived }, { threads });
      out.compose += since(t);
      if (quality && whole) {
        // Untimed: the same frames near-lossless (the reference) and with the settings shipped before this
        // issue (x264 veryfast, crf 23), for the SSIM and the size per second beside today's.
        const reference = path.join(dir, "reference.mp4");
        const today = path.join(dir, "today.mp4");
        await composeScene(plan, inputs, { clean: reference }, { threads, encoder: { preset: "ultrafast", crf: 0 } });
        await composeScene(plan, inputs, { clean: today }, { threads, encoder: { preset: "veryfast", crf: 23 } });
        quality({
          ssim: ssim(clean, reference),
          bytesPerSecond: statSync(clean).size / plan.duration,
          todayBytesPerSecond: statSync(today).size / plan.duration,
        });
      }
      segments.push(clean);
      seconds += plan.duration;
      wavs.push(voice.wavPath);
    }
    let t = performance.now();
    if (whole) {
      await encodeVoice(wavs[0]!, seconds, path.join(dir, "audio.m4a"));
      await remux(segments[0]!, path.join(dir, "audio.m4a"), path.join(dir, "video.mp4"));
      out.assemble = since(t);
      return out;
    }
    await joinAudio(wavs, path.join(dir, "audio.wav"));
    await assemble(segments, path.join(dir, "audio.wav"), path.join(dir, "video.mp4"));
    out.assemble = since(t);
    t = performance.now();
    await thumbnail(path.join(dir, "video.mp4"), path.join(dir, "thumb.jpg"), { atSeconds: 1 });
    await gifPreview(path.join(dir, "video.mp4"), path.join(dir, "preview.gif"));
    out.derivatives = since(t);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The burnt-in captions of a scene, as the scene job writes them.
async function burnIn(request: VideoRequest, scene: Scene, plan: ScenePlan, words: Word[], dir: string) {
  if (!request.caption || request.caption_mode !== "burn_in" || scene.voice.type !== "text") return {};
  const captionsAss = path.join(dir, `captions-${plan.index}.ass`);
  const ass = { language: findVoice(scene.voice.voice_id)?.language };
  const cues = buildCues([{ offset: 0, duration: plan.duration, words }], cueRules(plan));
  await writeFile(captionsAss, writeAss(cues, plan, ass));
  return { captionsAss, fontsDir: fontsDir(assScripts(cues, ass)) };
}

// SSIM of a video against a reference of the same frames (ffmpeg's ssim filter, "All" over Y, U and V).
function ssim(file: string, reference: string): number {
  const run = spawnSync("ffmpeg", ["-v", "info", "-nostats", "-i", file, "-i", reference, "-lavfi", "[0:v][1:v]ssim", "-f", "null", "-"], {
    encoding: "utf8",
  });
  return Number(/All:([0-9.]+)/.exec(run.stderr)?.[1] ?? Number.NaN);
}

/**
 * The true floor of a one-scene video: x264 with the settings shipped (threads as a one-scene job) encoding
 * a flat colour (lavfi, nothing decoded or filtered) of the request's size and the voice's length, plus the
 * AAC encode of the same audio (synthesised first, untimed).
 */
export async function floorSeconds(request: VideoRequest): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-floor-"));
  try {
    const voice = await renderVoice(request.video_inputs[0]!.voice, { workDir: dir, fps: request.fps });
    const voiceWav = voice.wavPath;
    const { width, height } = request.dimension;
    const frames = Math.ceil(voice.duration * request.fps);
    const t = performance.now();
    await runFfmpeg([
      "-f",
      "lavfi",
      "-i",
      `color=c=0x0f766e:s=${width}x${height}:r=${request.fps}`,
      ...ownFileInput(voiceWav),
      ...encoderArgs(request.fps, encoderThreads(true, availableParallelism())).filter((a) => a !== "-an"),
      "-frames:v",
      String(frames),
      ...AAC,
      "-y",
      path.join(dir, "floor.mp4"),
    ]);
    return since(t);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
