import "server-only";
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
  const voice = await renderVoice(scene.voice, {
    workDir: opts.workDir,
    fps: request.fps,
    signal: opts.signal,
    audio: opts.inputs?.audio,
    speech: opts.inputs?.speech,
  });
  const media = opts.inputs?.background;
  const single = { ...request, video_inputs: [scene] };
  const photo = opts.inputs?.photo;
  const photos = photo ? { "0": photoGeometry(photo.analysis) } : undefined;
  const plan = { ...planVideo(single, { voiceDurations: [voice.duration], media: media ? { "0": media } : {}, photos }).scenes[0]!, index };
  const presenter = await scenePresenter(scene, plan, voice, opts.workDir, photo);
  return { scene, voice, media, plan, presenter };
}
