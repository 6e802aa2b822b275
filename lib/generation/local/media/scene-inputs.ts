import "server-only";
import type { Scene } from "@/lib/contract/schema";
import type { SceneInputs } from "@/lib/render/scene/types";
import { remoteSpeech } from "@/lib/speech/remote-speech";
import { sceneAudio } from "./scene-audio";
import { sceneMedia, type SceneMediaOptions } from "./scene-media";
import { scenePhoto } from "./scene-photo";

// What the engine reads for scene `index`, made local: its recording or its remote voice's speech, its
// background and its talking photo.
export async function sceneInputs(scene: Scene, index: number, opts: SceneMediaOptions): Promise<SceneInputs> {
  const audio = await sceneAudio(scene.voice, index, opts);
  const speech = await remoteSpeech(opts.teamId, scene.voice, opts.workDir);
  const background = await sceneMedia(scene, index, opts);
  const photo = await scenePhoto(scene, index, opts);
  return { audio, speech, background, photo };
}
