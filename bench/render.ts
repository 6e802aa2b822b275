// npm run bench:render: the render engine side by side in one run (figures, not assertions):
//   a) 10 s 720p talking scene, colour background     b) the same at 1080p
//   c) 1080p on a looping video background             d) 10 scenes of 5 s at 720p
//   e) 50 scenes, about 5 minutes, at 1080p (one run: it is long)
//   a-cap, b-cap) a and b with captions burnt in      a-webm, b-webm) a and b as transparent WebMs (no background)
// Each is timed from job pickup to outputs stored, speech included, through the same job functions the worker
// runs (scene jobs two at a time, as WORKER_CONCURRENCY=2); every run speaks a text not synthesised before
// (a take number), sprite caches warm (untimed warm-up renders at 720p and 1080p first). The figure is the
// median of BENCH_RUNS runs (default 3); the phases (speech, sprites, compose, assemble, derivatives) come from
// running the same steps one by one.
// The floor: x264 with the settings shipped encoding a flat colour of a's size and length (lavfi: nothing
// decoded or filtered) plus the AAC encode of the same audio. floor-ratio-a = (a's time - its speech) / floor.
// Quality (a, b): SSIM against a near-lossless encode of the same frames, and bytes per second beside the
// settings shipped before (x264 veryfast, crf 23).
// Talking photos: the upload's analysis per photo (through the real upload path, analysis in its thread), then
//   photo) case a with a talking photo (its sprites made in the run: a first render), photo-matting) with
//   matting, photo-cached) photo again (a re-render), photo-tall) the low-resolution photo at scale 2 in a
//   1080x1920 frame with super_resolution, drawn-tall) Maya at scale 2 in the same frame; ratios to a.
import { performance } from "node:perf_hooks";
import { benchPlace } from "./setup";

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
// BENCH_ROWS=a,b: only those rows (and no talking photos unless named), for a quick look.
const ONLY = process.env.BENCH_ROWS?.split(",").map((r) => r.trim());
const sentence =
  "Welcome to the quarterly update. Our team shipped faster renders, clearer captions and better voices this season, and customers noticed. Thank you for watching, and see you next time.";
const short = "Five seconds of speech for each scene of this video, one after the other.";
const sixSeconds = "Each of these fifty scenes speaks for about six seconds, then the next one begins.";

const maya = { type: "avatar", avatar_id: "avs_presenter_maya", avatar_style: "normal" };
const colour = { type: "color", value: "#0f766e" };

// A text no run has spoken yet: the speech is synthesised in every timed run.
let take = 0;
const fresh = (words: string) => `${words} Take ${++take}.`;

// `format: "webm"` without a background: a transparent WebM (VP9 with alpha).
type Row = {
  height: 720 | 1080;
  background?: object;
  scenes?: number;
  words?: string;
  character?: object;
  caption?: boolean;
  format?: "webm";
};

function body(row: Row) {
  const width = row.height === 720 ? 1280 : 1920;
  return {
    dimension: { width, height: row.height },
    ...(row.caption ? { caption: true, caption_mode: "burn_in" } : {}),
    ...(row.format ? { output_format: row.format } : {}),
    video_inputs: Array.from({ length: row.scenes ?? 1 }, () => ({
      character: row.character ?? maya,
      voice: { type: "text", voice_id: "avs_voice_en_clara", input_text: fresh(row.words ?? sentence) },
      ...(row.background ? { background: row.background } : {}),
    })),
  };
}

const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB/s`;

async function main(): Promise<void> {
  const place = await benchPlace("render");
  const { storageDir } = place;
  process.env.STORAGE_DIR = storageDir;
  const { db } = await import("@/lib/db");
  const { env } = await import("@/lib/env");
  const { parseVideoRequest } = await import("@/lib/contract/parse");
  const { renderScene } = await import("@/lib/generation/local/render-scene");
  const { assembleVideo } = await import("@/lib/generation/local/assemble-video");
  const { inProcessReporter } = await import("@/lib/videos/status-reporter");
  const { phases, uploadBackground, floorSeconds } = await import("./render-phases");
  const { stopQueue } = await import("@/lib/queue");
  const e = env();
  console.log(
    `encoder: x264 ${e.renderPreset} ${e.renderX264Params ?? ""}, crf ${e.renderCrf}, tune ${e.renderTune ?? "none"}, threads ${e.renderThreads ?? "every core"} (one-scene videos); ${RUNS} runs per row`,
  );

  const team = await db().team.create({ data: { slug: `bench-render-${Date.now()}`, name: "Bench render" } });
  const loop = { type: "video", video_asset_id: await uploadBackground(team.id, storageDir), play_style: "loop", fit: "cover" };
  const rows: Record<string, Row> = {
    a: { height: 720, background: colour },
    b: { height: 1080, background: colour },
    c: { height: 1080, background: loop },
    d: { height: 720, background: colour, scenes: 10, words: short },
    "a-cap": { height: 720, background: colour, caption: true },
    "b-cap": { height: 1080, background: colour, caption: true },
    e: { height: 1080, background: colour, scenes: 50, words: sixSeconds },
    "a-webm": { height: 720, format: "webm" },
    "b-webm": { height: 1080, format: "webm" },
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

  // Warm-up: the sprite cache at both sizes, the speech engines, ffmpeg in the page cache.
  await renderThrough(body(rows.a!));
  await renderThrough(body(rows.b!));
  const x: Record<string, number> = {};
  const extra: string[] = [];
  let aSeconds = 0;
  let aSpeech = 0;
  for (const [name, row] of Object.entries(rows)) {
    if (ONLY && !ONLY.includes(name)) continue;
    const runs: { seconds: number; duration: number }[] = [];
    for (let i = 0; i < (name === "e" ? 1 : RUNS); i++) runs.push(await renderThrough(body(row)));
    const factors = runs.map((r) => r.duration / r.seconds);
    x[name] = median(factors);
    const mid = runs[factors.indexOf(x[name])]!;
    console.log(
      `${name}) ${mid.duration.toFixed(1)} s of video in ${mid.seconds.toFixed(2)} s: ${x[name].toFixed(2)}x realtime (median; runs ${factors.map((f) => f.toFixed(2)).join(", ")})`,
    );
    // A WebM's phases are not split out (they compare against x264 encodes): its speed beside its MP4 row is the figure.
    if (row.format) {
      const mp4 = x[name.replace(/-webm$/, "")];
      if (mp4) console.log(`     ${(mp4 / x[name]).toFixed(2)}x the time of ${name.replace(/-webm$/, "")} (MP4 over a colour)`);
      continue;
    }
    const request = parseVideoRequest(body(row));
    const measureQuality = name === "a" || name === "b";
    const p = await phases(request, team.id, (q) => {
      console.log(
        `     quality: SSIM ${q.ssim.toFixed(4)} against near-lossless; ${kb(q.bytesPerSecond)} (before this issue's settings: ${kb(q.todayBytesPerSecond)}, ratio ${(q.bytesPerSecond / q.todayBytesPerSecond).toFixed(2)})`,
      );
      if (measureQuality)
        extra.push(`ssim-${name}=${q.ssim.toFixed(4)}`, `size-${name}=${(q.bytesPerSecond / q.todayBytesPerSecond).toFixed(2)}`);
    });
    for (const [phase, s] of Object.entries(p))
      console.log(`     ${phase.padEnd(12)} ${s.toFixed(2)} s${phase === "speech" ? ` (${(mid.duration / s).toFixed(1)}x realtime)` : ""}`);
    if (name === "a") {
      aSeconds = mid.seconds;
      aSpeech = p.speech!;
    }
  }

  // Talking photos: the upload's analysis per photo (the first one also loads the models in its thread).
  const { uploadTalkingPhoto } = await import("@/lib/talking-photos/upload-talking-photo");
  const { rawBodySource } = await import("@/lib/assets/receive-upload");
  const { readFile } = await import("node:fs/promises");
  const photoIds: Record<string, string> = {};
  for (const name of ["portrait.jpg", "portrait-150.jpg", "two-faces.webp"]) {
    const bytes = await readFile(`tests/fixtures/photos/${name}`);
    const t = performance.now();
    const photo = await uploadTalkingPhoto({
      teamId: team.id,
      source: rawBodySource(new Blob([bytes]).stream(), new Headers({ "content-length": String(bytes.length) })),
    });
    photoIds[name] = photo.id;
    console.log(`upload analysis of ${name} (${photo.width}x${photo.height}): ${((performance.now() - t) / 1000).toFixed(2)} s`);
  }
  const talkingPhoto = (matting: boolean) => ({ type: "talking_photo", talking_photo_id: photoIds["portrait.jpg"], matting });
  const tall = (character: object) => ({
    ...body({ height: 720, background: colour, character }),
    dimension: { width: 1080, height: 1920 },
  });
  const photoRows: Record<string, object> = {
    photo: body({ height: 720, background: colour, character: talkingPhoto(false) }),
    "photo-matting": body({ height: 720, background: colour, character: talkingPhoto(true) }),
    "photo-cached": body({ height: 720, background: colour, character: talkingPhoto(false) }),
    "photo-tall": tall({ type: "talking_photo", talking_photo_id: photoIds["portrait-150.jpg"], scale: 2, super_resolution: true }),
    "drawn-tall": tall({ ...maya, scale: 2 }),
  };
  for (const [name, raw] of Object.entries(photoRows)) {
    if (ONLY && !ONLY.includes(name)) continue;
    const r = await renderThrough(raw);
    x[name] = r.duration / r.seconds;
    console.log(
      `${name}) ${r.duration.toFixed(1)} s of video in ${r.seconds.toFixed(2)} s: ${x[name].toFixed(2)}x realtime, ${(x[name] / x.a!).toFixed(2)} of a's speed`,
    );
    // The sprites phase is a re-render's (the timed run above made them); the first render's is in its time.
    for (const [phase, s] of Object.entries(await phases(parseVideoRequest(raw), team.id)))
      console.log(`     ${phase.padEnd(12)} ${s.toFixed(2)} s`);
  }

  const floors: number[] = [];
  for (let i = 0; i < RUNS; i++) floors.push(await floorSeconds(parseVideoRequest(body(rows.a!))));
  const floor = median(floors);
  const floorRatio = (aSeconds - aSpeech) / floor;
  console.log(
    `floor (x264 on a flat colour + AAC, 720p, a's length, median of ${RUNS}): ${floor.toFixed(2)} s; a without its speech takes ${floorRatio.toFixed(2)}x the floor`,
  );
  const f = (name: string) => `${name}=${x[name]?.toFixed(2) ?? "-"}x`;
  console.log(
    [
      "render-bench",
      ...["a", "b", "c", "d"].map(f),
      `floor-ratio-a=${floorRatio.toFixed(2)}`,
      ...["e", "a-cap", "b-cap", "a-webm", "b-webm", "photo", "photo-matting", "photo-cached", "photo-tall", "drawn-tall"].map(f),
      ...extra,
    ].join(" "),
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
