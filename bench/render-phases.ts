// The render steps of bench/render.ts run one by one, so each phase gets its own figure.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os, { availableParallelism } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { VideoRequest } from "@/lib/contract/schema";
import { db } from "@/lib/db";
import { storage } from "@/lib/storage/storage";
import { renderVoice } from "@/lib/render/voice/render-voice";
import { planVideo } from "@/lib/render/plan";
import { assemble, composeScene, encodeVoice, encoderArgs, gifPreview, joinAudio, remux, thumbnail } from "@/lib/render/compose";
import { ownFileInput, runFfmpeg } from "@/lib/render/ffmpeg";
import { sceneMedia } from "@/lib/generation/local/media/scene-media";
import { scenePresenter } from "@/lib/render/scene/scene-presenter";

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
export async function phases(request: VideoRequest, teamId: string): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-phases-"));
  const out = { speech: 0, sprites: 0, compose: 0, assemble: 0, derivatives: 0 };
  try {
    const segments: string[] = [];
    const wavs: string[] = [];
    const whole = request.video_inputs.length === 1;
    let seconds = 0;
    for (const [index, scene] of request.video_inputs.entries()) {
      let t = performance.now();
      const voice = await renderVoice(scene.voice, { workDir: dir, fps: request.fps });
      out.speech += since(t);
      const media = await sceneMedia(scene, index, { teamId, workDir: dir });
      const plan = {
        ...planVideo({ ...request, video_inputs: [scene] }, { voiceDurations: [voice.duration], media: media ? { "0": media } : {} })
          .scenes[0]!,
        index,
      };
      t = performance.now();
      const presenter = await scenePresenter(scene, plan, voice, dir);
      out.sprites += since(t);
      t = performance.now();
      const clean = path.join(dir, `scene-${index}.mp4`);
      const derived = whole ? { gif: path.join(dir, "preview.gif"), thumbnail: { file: path.join(dir, "thumb.jpg"), atSeconds: 1 } } : {};
      await composeScene(plan, { backgroundFile: media?.file, presenter }, { clean, ...derived }, { threads: 1 });
      out.compose += since(t);
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

/**
 * The floor: a still of the request's size and the voice's length with the encoder settings a one-scene
 * job uses (every core), plus the same audio.
 */
export async function floorSeconds(request: VideoRequest): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-floor-"));
  try {
    const voice = await renderVoice(request.video_inputs[0]!.voice, { workDir: dir, fps: request.fps });
    const { width, height } = request.dimension;
    const still = path.join(dir, "still.png");
    execFileSync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", `color=c=0x0f766e:s=${width}x${height}`, "-frames:v", "1", still]);
    const t = performance.now();
    const frames = Math.ceil(voice.duration * request.fps);
    await runFfmpeg([
      "-f",
      "image2",
      "-loop",
      "1",
      "-i",
      still,
      ...ownFileInput(voice.wavPath),
      ...encoderArgs(request.fps, availableParallelism()).filter((a) => a !== "-an"),
      "-frames:v",
      String(frames),
      "-c:a",
      "aac",
      "-b:a",
      "128k",
      "-ar",
      "48000",
      "-y",
      path.join(dir, "floor.mp4"),
    ]);
    return since(t);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
