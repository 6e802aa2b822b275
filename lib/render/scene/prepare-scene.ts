import "server-only";
import { performance } from "node:perf_hooks";
import type { Scene, VideoRequest } from "@/lib/contract/schema";
import type { PresenterSource } from "@/lib/render/compose";
import { planVideo, type ScenePlan } from "@/lib/render/plan";
import { renderVoice } from "@/lib/render/voice/render-voice";
import type { VoiceTrack } from "@/lib/render/voice/types";
import { photoGeometry } from "@/lib/render/photo/face-points";
import { scenePresenter } from "./scene-presenter";
import type { SceneInputs, SceneMedia } from "./types";

export type PreparedScene = {
  scene: Scene;
  voice: VoiceTrack;
  media: SceneMedia | undefined;
  plan: ScenePlan;
  presenter: PresenterSource | undefined;
  // How long the voice and the presenter's sprites took (the bench's phases).
  seconds: { speech: number; sprites: number };
};

/**
 * Everything one scene needs before it is composed, in the order the engine makes it: the voice (its
 * length sets the scene's), the scene's plan over its background, and the presenter's sprite schedule.
 * `inputs` are the scene's background and recording, already local (the caller fetched them). Files go to
 * `workDir`.
 */
export async function prepareScene(
  request: VideoRequest,
  index: number,
  opts: { workDir: string; inputs?: SceneInputs; signal?: AbortSignal },
): Promise<PreparedScene> {
  const scene = request.video_inputs[index];
  if (!scene) throw new Error(`the request has no scene ${index}`);
  const started = performance.now();
  const voice = await renderVoice(scene.voice, {
    workDir: opts.workDir,
    fps: request.fps,
    signal: opts.signal,
    audio: opts.inputs?.audio,
    speech: opts.inputs?.speech,
  });
  const speech = (performance.now() - started) / 1000;
  const media = opts.inputs?.background;
  const single = { ...request, video_inputs: [scene] };
  const photo = opts.inputs?.photo;
  const photos = photo ? { "0": photoGeometry(photo.analysis) } : undefined;
  const plan = { ...planVideo(single, { voiceDurations: [voice.duration], media: media ? { "0": media } : {}, photos }).scenes[0]!, index };
  const drawn = performance.now();
  const presenter = await scenePresenter(scene, plan, voice, opts.workDir, photo);
  return { scene, voice, media, plan, presenter, seconds: { speech, sprites: (performance.now() - drawn) / 1000 } };
}
