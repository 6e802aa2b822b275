import { hasExplicitBackground, sceneBackground } from "@/lib/contract/background";
import { outputFormat } from "@/lib/contract/output-format";
import type { Scene, VideoRequest } from "@/lib/contract/schema";
import { fitMedia } from "./fit-media";
import { presenterLayer } from "./presenter-layer";
import type { BackgroundLayer, MediaInfo, OutputFormat, PlanInputs, RenderPlan, ScenePlan } from "./types";
import { videoPlay } from "./video-play";

/** Whole frames covering `seconds`, rounded up; the epsilon keeps 2.0 s at 25 fps at 50 frames, not 51. */
export function framesFor(seconds: number, fps: number): number {
  return Math.max(1, Math.ceil(seconds * fps - 1e-6));
}

function mediaFor(inputs: PlanInputs, index: number, kind: string): MediaInfo {
  const m = inputs.media[String(index)];
  if (!m || !(m.width > 0) || !(m.height > 0)) throw new Error(`scene ${index}: the ${kind} background needs its width and height`);
  return m;
}

function sceneSeconds(scene: Scene, voice: number, inputs: PlanInputs, index: number): number {
  const bg = scene.background;
  if (bg?.type === "video" && bg.play_style === "full_video") return Math.max(voice, mediaFor(inputs, index, "video").duration ?? 0);
  return voice;
}

type Frame = { W: number; H: number; duration: number; format: OutputFormat };

// A WebM scene without a background of its own is transparent; anything else is drawn (the default colour when none was given).
function backgroundLayer(scene: Scene, inputs: PlanInputs, index: number, { W, H, duration, format }: Frame): BackgroundLayer {
  if (format === "webm" && !hasExplicitBackground(scene)) return { type: "transparent" };
  const bg = sceneBackground(scene);
  if (bg.type === "color") return { type: "color", color: bg.value };
  if (bg.type === "image") {
    const m = mediaFor(inputs, index, "image");
    return { type: "image", layout: fitMedia(bg.fit, m.width, m.height, W, H) };
  }
  const m = mediaFor(inputs, index, "video");
  if (!(m.duration && m.duration > 0)) throw new Error(`scene ${index}: the video background needs its duration`);
  return videoPlay(fitMedia(bg.fit, m.width, m.height, W, H), bg.play_style, m.duration, duration);
}

/** Resolves a normalised request plus measured voice and media into pixels and whole frames per scene. */
export function planVideo(request: VideoRequest, inputs: PlanInputs): RenderPlan {
  const { width, height } = request.dimension;
  const fps = request.fps;
  const format = outputFormat(request);
  if (inputs.voiceDurations.length !== request.video_inputs.length) {
    throw new Error(`expected ${request.video_inputs.length} voice durations, got ${inputs.voiceDurations.length}`);
  }
  let startFrame = 0;
  const scenes = request.video_inputs.map((scene, index): ScenePlan => {
    const voice = inputs.voiceDurations[index] ?? Number.NaN;
    if (!(voice >= 0) || !Number.isFinite(voice)) throw new Error(`scene ${index}: voice duration must be a finite number >= 0`);
    const frames = framesFor(sceneSeconds(scene, voice, inputs, index), fps);
    const duration = frames / fps;
    const plan: ScenePlan = {
      index,
      width,
      height,
      fps,
      frames,
      duration,
      startFrame,
      start: startFrame / fps,
      voiceDuration: voice,
      format,
      background: backgroundLayer(scene, inputs, index, { W: width, H: height, duration, format }),
      ...(scene.character ? { presenter: presenterLayer(scene.character, width, height, inputs.photos?.[String(index)]) } : {}),
      test: request.test,
    };
    startFrame += frames;
    return plan;
  });
  return { width, height, fps, frames: startFrame, duration: startFrame / fps, test: request.test, format, scenes };
}
