import "server-only";
import { writeFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { VideoRequest } from "@/lib/contract/schema";
import { outputFormat } from "@/lib/contract/output-format";
import { storage } from "@/lib/storage/storage";
import { sendJob } from "@/lib/jobs/send-job";
import { composeScene, encodeVoice, encoderThreads, padVoice, remux, thumbnailSeconds } from "@/lib/render/compose";
import { findVoice } from "@/lib/catalog";
import { assScripts, buildCues, cueRules, writeAss } from "@/lib/render/captions";
import { fontsDir } from "@/lib/render/fonts";
import { prepareScene } from "@/lib/render/scene/prepare-scene";
import { settleAll } from "@/lib/render/settle-all";
import type { StatusReporter } from "@/lib/videos/status-reporter";
import { videoAssembleJob } from "./jobs/video-assemble-job";
import { sceneInputs } from "./media/scene-inputs";
import { checkPlanLength } from "./plan-quota";
import { sceneDone } from "./scene-count";
import type { JobRun } from "@/lib/jobs/define-job";
import { activeVideo, checkLease, untilStopped, withTempDir, workKey } from "./work-area";

// Scenes take the first 90% of the progress bar, assembly the rest.
const SCENES_SHARE = 90;

// video.scene: one scene from request to a stored video-only segment (and its captioned twin), its audio
// padded to the scene's whole-frame length, and its words for the caption files; for a one-scene video,
// the finished videos (MP4 or WebM) with their audio, the GIF and the thumbnail.
// `run`: the job's run, whose lease is checked before anything is stored (none when called directly, e.g. by the bench).
export async function renderScene(videoId: string, index: number, reporter: StatusReporter, run?: JobRun): Promise<void> {
  const video = await activeVideo(videoId);
  const request = video.request as unknown as VideoRequest;
  const scene = request.video_inputs[index];
  if (!scene) throw new Error(`video ${videoId} has no scene ${index}`);
  const burnIn = request.caption && request.caption_mode === "burn_in" && scene.voice.type === "text";
  // Segments carry their container's extension (.mp4: H.264; .webm: VP9 with alpha), which ffmpeg reads and writes by.
  const ext = outputFormat(request);

  await untilStopped(videoId, (signal) =>
    withTempDir(`scene-${index}`, async (dir) => {
      const inputs = await sceneInputs(scene, index, { teamId: video.teamId, workDir: dir, signal });
      // The downloads may have taken a while: stop here if the video was cancelled meanwhile.
      await activeVideo(videoId);
      const { voice, media, plan, presenter } = await prepareScene(request, index, { workDir: dir, inputs, signal });
      // Now that this scene's length is known (a linked recording's too): still within the team's quota?
      await checkPlanLength(videoId, index, plan.duration);
      let captionsAss: string | undefined;
      let fonts: string | undefined;
      if (burnIn) {
        captionsAss = path.join(dir, "captions.ass");
        // The voice's language tells Japanese from Chinese captions written in kanji alone.
        const ass = { language: scene.voice.type === "text" ? findVoice(scene.voice.voice_id)?.language : undefined };
        const cues = buildCues([{ offset: 0, duration: plan.duration, words: voice.words }], cueRules(plan));
        await writeFile(captionsAss, writeAss(cues, plan, ass));
        fonts = fontsDir(assScripts(cues, ass));
      }
      const clean = path.join(dir, `clean.${ext}`);
      const captioned = burnIn ? path.join(dir, `captioned.${ext}`) : undefined;
      let last = 0;
      // A one-scene video is finished here: the segment carries the voice and is the video, and its GIF and
      // thumbnail come out of the same ffmpeg run (assembly then only stores them). Its encoder may use every
      // core, having no sibling scene jobs to share them with.
      const whole = request.video_inputs.length === 1;
      const gif = whole ? path.join(dir, "preview.gif") : undefined;
      const thumbnail = whole ? { file: path.join(dir, "thumbnail.jpg"), atSeconds: thumbnailSeconds(plan.duration) } : undefined;
      // The voice: for a one-scene video encoded as its AAC (Opus for a WebM) track, else exactly as long as the
      // scene (full_video can outlast the voice) for the assembly to join; made beside the compose.
      const audio = path.join(dir, whole ? (ext === "webm" ? "audio.opus" : "audio.m4a") : "audio.wav");
      const limits = { signal, timeoutMs: 120_000 };
      const voiceTrack = (whole ? encodeVoice : padVoice)(voice.wavPath, plan.duration, audio, limits);
      const composeInputs = { backgroundFile: media?.file, presenter, captionsAss, fontsDir: fonts };
      const compose = composeScene(
        plan,
        composeInputs,
        { clean, captioned, gif, thumbnail },
        {
          signal,
          threads: encoderThreads(whole, availableParallelism()),
          timeoutMs: 30 * 60_000,
          onProgress: (seconds) => {
            if (Date.now() - last < 500) return;
            last = Date.now();
            const share = Math.min(0.99, seconds / plan.duration);
            const done = Math.max(0, video.scenesDone);
            void reporter.report(videoId, {
              status: "processing",
              progress: Math.floor(((done + share) / request.video_inputs.length) * SCENES_SHARE),
            });
          },
        },
      );
      await settleAll([compose, voiceTrack]);
      const finished = (file: string) => file.replace(/\.(mp4|webm)$/, "-final.$1");
      if (whole)
        await settleAll([
          remux(clean, audio, finished(clean), limits),
          captioned ? remux(captioned, audio, finished(captioned), limits) : undefined,
        ]);
      const segment = (file: string) => (whole ? finished(file) : file);

      await activeVideo(videoId);
      await checkLease(run);
      const put = (file: string, name: string) => storage().putFile(workKey(video.teamId, videoId, name), file);
      await put(segment(clean), `scene-${index}.${ext}`);
      if (captioned) await put(segment(captioned), `scene-${index}-captioned.${ext}`);
      if (whole) {
        await put(gif!, `scene-${index}.gif`);
        await put(thumbnail!.file, `scene-${index}.jpg`);
      } else {
        await put(audio, `scene-${index}.wav`);
      }
      const info = { duration: plan.duration, words: voice.words, kind: voice.kind, complete: whole };
      await storage().put(workKey(video.teamId, videoId, `scene-${index}.json`), Readable.from([Buffer.from(JSON.stringify(info))]));
    }),
  );

  const count = await sceneDone(videoId, index);
  await reporter.report(videoId, { status: "processing", progress: Math.floor((count.done / Math.max(1, count.total)) * SCENES_SHARE) });
  if (count.last) await sendJob(videoAssembleJob, { videoId }, { singletonKey: videoId });
}
