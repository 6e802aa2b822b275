// npm run bench:render: the render engine side by side in one run (figures, not assertions):
//   a) 10 s 720p talking scene, colour background     b) the same at 1080p
//   c) 1080p on a looping video background             d) 10 scenes of 5 s at 720p
// Each is timed from job pickup to outputs stored (sprite cache warm: untimed warm-up renders at 720p and 1080p first),
// through the same job functions the worker runs (scene jobs two at a time, as WORKER_CONCURRENCY=2), and
// split into phases (speech, sprites, compose, assemble, derivatives) by running the same steps directly.
// The floor: encoding a still of the same size and length with the same settings, plus the same audio.
// Talking photos: the upload's analysis per photo (through the real upload path, analysis in its thread), then
//   e) case a with a talking photo instead of the drawn presenter (its sprites made in the run: a first render)
//   f) the same with matting      g) e again (sprites cached: a re-render)
//   h) the low-resolution photo at scale 2 in a 1080x1920 frame, super_resolution, first render
//   i) Maya at scale 2 in the same 1080x1920 frame, first render (her sprites at that size made in the run)
// and their ratios to a (drawn presenter, same scene), side by side in this run.
import { performance } from "node:perf_hooks";
import { benchPlace } from "./setup";

const sentence =
  "Welcome to the quarterly update. Our team shipped faster renders, clearer captions and better voices this season, and customers noticed. Thank you for watching, and see you next time. ";

const maya = { type: "avatar", avatar_id: "avs_presenter_maya", avatar_style: "normal" };

function body(height: 720 | 1080, background: object, scenes = 1, words = sentence, character: object = maya) {
  const width = height === 720 ? 1280 : 1920;
  return {
    dimension: { width, height },
    video_inputs: Array.from({ length: scenes }, () => ({
      character,
      voice: { type: "text", voice_id: "avs_voice_en_clara", input_text: words },
      background,
    })),
  };
}

async function main(): Promise<void> {
  const place = await benchPlace("render");
  const { storageDir } = place;
  process.env.STORAGE_DIR = storageDir;
  const { db } = await import("@/lib/db");
  const { parseVideoRequest } = await import("@/lib/contract/parse");
  const { renderScene } = await import("@/lib/generation/local/render-scene");
  const { assembleVideo } = await import("@/lib/generation/local/assemble-video");
  const { inProcessReporter } = await import("@/lib/videos/status-reporter");
  const { phases, uploadBackground, floorSeconds } = await import("./render-phases");
  const { stopQueue } = await import("@/lib/queue");

  const team = await db().team.create({ data: { slug: `bench-render-${Date.now()}`, name: "Bench render" } });
  const videoBg = { type: "video", video_asset_id: await uploadBackground(team.id, storageDir), play_style: "loop", fit: "cover" };
  const cases = {
    a: body(720, { type: "color", value: "#0f766e" }),
    b: body(1080, { type: "color", value: "#0f766e" }),
    c: body(1080, videoBg),
    d: body(720, { type: "color", value: "#0f766e" }, 10, "Five seconds of speech for each scene of this video, one after the other."),
  };

  // The upload path's analysis, per photo: the first one also loads the models in the analysis thread.
  const { uploadTalkingPhoto } = await import("@/lib/talking-photos/upload-talking-photo");
  const { readFile } = await import("node:fs/promises");
  const photoIds: Record<string, string> = {};
  for (const name of ["portrait.jpg", "portrait-150.jpg", "two-faces.webp"]) {
    const bytes = await readFile(`tests/fixtures/photos/${name}`);
    const t = performance.now();
    const photo = await uploadTalkingPhoto({
      teamId: team.id,
      body: new Blob([bytes]).stream(),
      headers: new Headers({ "content-length": String(bytes.length) }),
    });
    photoIds[name] = photo.id;
    console.log(`upload analysis of ${name} (${photo.width}x${photo.height}): ${((performance.now() - t) / 1000).toFixed(2)} s`);
  }
  const talkingPhoto = (matting: boolean) => ({ type: "talking_photo", talking_photo_id: photoIds["portrait.jpg"], matting });
  const tall = {
    ...body(720, { type: "color", value: "#0f766e" }, 1, sentence, {
      type: "talking_photo",
      talking_photo_id: photoIds["portrait-150.jpg"],
      scale: 2,
      super_resolution: true,
    }),
    dimension: { width: 1080, height: 1920 },
  };
  const tallDrawn = {
    ...body(720, { type: "color", value: "#0f766e" }, 1, sentence, { ...maya, scale: 2 }),
    dimension: { width: 1080, height: 1920 },
  };
  const photoCases = {
    e: body(720, { type: "color", value: "#0f766e" }, 1, sentence, talkingPhoto(false)),
    f: body(720, { type: "color", value: "#0f766e" }, 1, sentence, talkingPhoto(true)),
    g: body(720, { type: "color", value: "#0f766e" }, 1, sentence, talkingPhoto(false)),
    h: tall,
    i: tallDrawn,
  };

  async function renderThrough(raw: object): Promise<{ seconds: number; duration: number }> {
    const request = parseVideoRequest(raw);
    const video = await db().video.create({
      data: { teamId: team.id, request: request as object, status: "processing", scenesTotal: request.video_inputs.length },
    });
    const t = performance.now();
    let next = 0;
    await Promise.all(
      [0, 1].map(async () => {
        while (next < request.video_inputs.length) await renderScene(video.id, next++, inProcessReporter);
      }),
    );
    await assembleVideo(video.id, inProcessReporter);
    const seconds = (performance.now() - t) / 1000;
    const done = await db().video.findUniqueOrThrow({ where: { id: video.id } });
    return { seconds, duration: done.duration ?? 0 };
  }

  // Warm-up: the sprite cache at both sizes, the engines, ffmpeg in the page cache.
  await renderThrough(cases.a);
  await renderThrough(cases.b);
  const x: Record<string, number> = {};
  for (const [name, raw] of Object.entries(cases)) {
    const r = await renderThrough(raw);
    x[name] = r.duration / r.seconds;
    console.log(`${name}) ${r.duration.toFixed(1)} s of video in ${r.seconds.toFixed(2)} s: ${x[name]!.toFixed(2)}x realtime`);
    const p = await phases(parseVideoRequest(raw), team.id);
    for (const [phase, s] of Object.entries(p)) console.log(`     ${phase.padEnd(12)} ${s.toFixed(2)} s`);
  }
  for (const [name, raw] of Object.entries(photoCases)) {
    const r = await renderThrough(raw);
    x[name] = r.duration / r.seconds;
    console.log(
      `${name}) ${r.duration.toFixed(1)} s of video in ${r.seconds.toFixed(2)} s: ${x[name]!.toFixed(2)}x realtime, ${(x[name]! / x.a!).toFixed(2)} of a's speed`,
    );
  }
  const a = parseVideoRequest(cases.a);
  const floor = await floorSeconds(a);
  const aSeconds = (await db().video.findFirstOrThrow({ where: { teamId: team.id }, orderBy: { createdAt: "asc" } })).duration ?? 10;
  const floorRatio = aSeconds / x.a! / floor;
  console.log(
    `floor (still + audio, same settings, ${aSeconds.toFixed(1)} s at 720p): ${floor.toFixed(2)} s; a takes ${floorRatio.toFixed(2)}x the floor`,
  );
  console.log(
    `render-bench a=${x.a!.toFixed(2)}x b=${x.b!.toFixed(2)}x c=${x.c!.toFixed(2)}x d=${x.d!.toFixed(2)}x e=${x.e!.toFixed(2)}x f=${x.f!.toFixed(2)}x g=${x.g!.toFixed(2)}x h=${x.h!.toFixed(2)}x i=${x.i!.toFixed(2)}x floor-ratio-a=${floorRatio.toFixed(2)}`,
  );

  await db().team.delete({ where: { id: team.id } });
  await stopQueue();
  await db().$disconnect();
  await place.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
