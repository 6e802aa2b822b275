import "server-only";
import type { Scene, VideoRequest } from "@/lib/contract/schema";
import type { PresenterSource } from "@/lib/render/compose";
import { scenePresenter } from "@/lib/render/jobs/scene-presenter";
import { sceneMedia, type SceneMedia } from "@/lib/render/media/scene-media";
import { planVideo, type ScenePlan } from "@/lib/render/plan";
import { renderVoice } from "@/lib/render/voice/render-voice";
import type { VoiceTrack } from "@/lib/render/voice/types";

export type PreparedScene = { scene: Scene; voice: VoiceTrack; media: SceneMedia | undefined; plan: ScenePlan; presenter: PresenterSource | undefined };

/**
 * Everything one scene needs before it is composed, in the order the engine makes it: the voice (its
 * length sets the scene's), the background file, the scene's plan, and the presenter's sprite schedule.
 * Files go to `workDir`. `checkpoint` runs once the slow downloads are done (the scene job checks there that
 * the video was not cancelled).
 */
export async function prepareScene(
  request: VideoRequest,
  index: number,
  opts: { workDir: string; teamId: string; signal?: AbortSignal; checkpoint?: () => Promise<unknown> },
): Promise<PreparedScene> {
  const scene = request.video_inputs[index];
  if (!scene) throw new Error(`the request has no scene ${index}`);
  const voice = await renderVoice(scene.voice, { workDir: opts.workDir, fps: request.fps, teamId: opts.teamId, signal: opts.signal });
  const media = await sceneMedia(scene, index, { teamId: opts.teamId, workDir: opts.workDir, signal: opts.signal });
  await opts.checkpoint?.();
  const single = { ...request, video_inputs: [scene] };
  const plan = { ...planVideo(single, { voiceDurations: [voice.duration], media: media ? { "0": media } : {} }).scenes[0]!, index };
  const presenter = await scenePresenter(scene, plan, voice, opts.workDir);
  return { scene, voice, media, plan, presenter };
}
