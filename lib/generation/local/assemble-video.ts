import "server-only";
import { createWriteStream } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { VideoRequest } from "@/lib/contract/schema";
import { outputFormat } from "@/lib/contract/output-format";
import { storage } from "@/lib/storage/storage";
import { assemble, gifPreview, joinAudio, thumbnail, thumbnailSeconds, writeSegmentList } from "@/lib/render/compose";
import { findVoice } from "@/lib/catalog";
import { buildCues, cueRules, writeAss, writeSrt, writeVtt } from "@/lib/render/captions";
import type { WordTiming } from "@/lib/render/captions";
import { ffprobe } from "@/lib/render/ffprobe";
import type { VideoOutputs } from "@/lib/videos/describe-video";
import type { StatusReporter } from "@/lib/videos/status-reporter";
import type { VideoReport } from "@/lib/videos/move-video";
import { outputFileName } from "@/lib/videos/video-files";
import { settleAll } from "@/lib/render/settle-all";
import type { JobRun } from "@/lib/jobs/define-job";
import { activeVideo, checkLease, outputKey, RenderStopped, untilStopped, withTempDir, workKey } from "./work-area";

// `complete`: the scene job of a one-scene video made the finished videos (with audio), GIF and thumbnail.
type SceneInfo = { duration: number; words: WordTiming[]; kind: "text" | "audio" | "silence"; complete?: boolean };

async function fetchWork(teamId: string, videoId: string, name: string, file: string): Promise<boolean> {
  const stream = await storage().get(workKey(teamId, videoId, name));
  if (!stream) return false;
  await pipeline(stream, createWriteStream(file));
  return true;
}

// The one language every text scene speaks, if they agree: the caption file's hint for kanji-only cues.
function spokenLanguage(request: VideoRequest): string | undefined {
  const languages = new Set(request.video_inputs.flatMap((s) => (s.voice.type === "text" ? [findVoice(s.voice.voice_id)?.language] : [])));
  return languages.size === 1 ? [...languages][0] : undefined;
}

// video.assemble: joins the stored scene segments by stream copy, encodes the whole audio once, writes the
// caption files, thumbnail and GIF preview, stores them as the video's outputs and reports `completed`.
// Returns the completed report it made: the job keeps it as its output, so the reconciler can apply it if
// the report itself never reached the server.
export async function assembleVideo(videoId: string, reporter: StatusReporter, run?: JobRun): Promise<VideoReport> {
  const video = await activeVideo(videoId);
  const request = video.request as unknown as VideoRequest;
  const { teamId } = video;
  const n = request.video_inputs.length;
  const captions = request.caption && request.video_inputs.some((s) => s.voice.type === "text");
  const burnIn = captions && request.caption_mode === "burn_in";
  const format = outputFormat(request);
  // A WebM's stills are made from its alpha (libvpx decodes it), over grey squares of its size.
  const alpha = format === "webm" ? request.dimension : undefined;

  const outputs = await untilStopped(videoId, (signal) =>
    withTempDir("assemble", async (dir) => {
      const clean: string[] = [];
      const captioned: string[] = [];
      const wavs: string[] = [];
      const infos: SceneInfo[] = [];
      for (let i = 0; i < n; i++) {
        const f = (ext: string) => path.join(dir, `scene-${i}${ext}`);
        const segment = `.${format}`;
        // A scene counted twice by a retry can start assembly early: try again later.
        const missing = new Error(`scene ${i} of video ${videoId} is not rendered yet`);
        if (!(await fetchWork(teamId, videoId, `scene-${i}.json`, f(".json")))) throw missing;
        const info = JSON.parse(await readFile(f(".json"), "utf8")) as SceneInfo;
        const ok =
          (await fetchWork(teamId, videoId, `scene-${i}${segment}`, f(segment))) &&
          (info.complete || (await fetchWork(teamId, videoId, `scene-${i}.wav`, f(".wav"))));
        if (!ok) throw missing;
        clean.push(f(segment));
        wavs.push(f(".wav"));
        infos.push(info);
        const twin = f(`-captioned${segment}`);
        captioned.push((await fetchWork(teamId, videoId, `scene-${i}-captioned${segment}`, twin)) ? twin : f(segment));
      }
      await reporter.report(videoId, { status: "processing", progress: 92 });

      const files: Record<keyof VideoOutputs, string | undefined> = {
        video: path.join(dir, outputFileName("video", format)),
        videoCaption: burnIn ? path.join(dir, outputFileName("videoCaption", format)) : undefined,
        thumbnail: path.join(dir, "thumbnail.jpg"),
        gif: path.join(dir, "preview.gif"),
        captionAss: captions ? path.join(dir, "captions.ass") : undefined,
        captionSrt: captions ? path.join(dir, "captions.srt") : undefined,
        captionVtt: captions ? path.join(dir, "captions.vtt") : undefined,
      };
      const limits = { signal, timeoutMs: 10 * 60_000 };
      const length = infos.reduce((sum, s) => sum + s.duration, 0);
      if (n === 1 && infos[0]!.complete) {
        // Finished by the scene job: its files are the video's.
        const f = (ext: string) => path.join(dir, `scene-0${ext}`);
        const derived =
          (await fetchWork(teamId, videoId, "scene-0.gif", f(".gif"))) && (await fetchWork(teamId, videoId, "scene-0.jpg", f(".jpg")));
        if (!derived) throw new Error(`scene 0 of video ${videoId} has no GIF or thumbnail`);
        Object.assign(files, { video: clean[0], videoCaption: burnIn ? captioned[0] : undefined, gif: f(".gif"), thumbnail: f(".jpg") });
      } else {
        // The thumbnail and GIF read the clean segments as one video, beside the muxing instead of after it.
        const segments = await writeSegmentList(clean, path.join(dir, "segments.ffconcat"));
        await settleAll([
          (async () => {
            const audio = wavs.length === 1 ? wavs[0]! : path.join(dir, "audio.wav");
            if (wavs.length > 1) await joinAudio(wavs, audio, limits);
            await settleAll([
              assemble(clean, audio, files.video!, limits),
              files.videoCaption ? assemble(captioned, audio, files.videoCaption, limits) : undefined,
            ]);
          })(),
          thumbnail(segments, files.thumbnail!, { atSeconds: thumbnailSeconds(length), alpha, ...limits }),
          gifPreview(segments, files.gif!, { alpha, ...limits }),
        ]);
      }
      await reporter.report(videoId, { status: "processing", progress: 96 });

      if (captions) {
        let offset = 0;
        const cues = buildCues(
          infos.map((s) => ({ offset: (offset += s.duration) - s.duration, duration: s.duration, words: s.words })),
          cueRules(request.dimension),
        );
        await writeFile(files.captionAss!, writeAss(cues, request.dimension, { language: spokenLanguage(request) }));
        await writeFile(files.captionSrt!, writeSrt(cues));
        await writeFile(files.captionVtt!, writeVtt(cues));
      }
      const probe = await ffprobe(files.video!);

      await activeVideo(videoId);
      await checkLease(run);
      const stored: VideoOutputs = {};
      for (const [kind, file] of Object.entries(files) as [keyof VideoOutputs, string | undefined][]) {
        if (!file) continue;
        const key = outputKey(teamId, videoId, outputFileName(kind, format));
        await storage().putFile(key, file);
        stored[kind] = key;
      }
      return { stored, duration: probe.duration };
    }),
  );

  const report: VideoReport = { status: "completed", outputs: outputs.stored as Record<string, string>, duration: outputs.duration };
  const after = await reporter.report(videoId, report);
  // Cancelled or deleted while the files were being stored: keep nothing.
  if (!after?.moved) {
    for (const key of Object.values(outputs.stored)) if (key) await storage().delete(key);
    throw new RenderStopped(videoId);
  }
  await storage().deletePrefix(workKey(teamId, videoId, ""));
  return report;
}
