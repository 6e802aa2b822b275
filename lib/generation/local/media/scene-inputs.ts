import "server-only";
import type { Scene } from "@/lib/contract/schema";
import type { SceneInputs } from "@/lib/render/scene/types";
import { remoteSpeech } from "@/lib/speech/remote-speech";
import { sceneAudio } from "./scene-audio";
import { sceneMedia, type SceneMediaOptions } from "./scene-media";

// What the engine reads for scene `index`, made local: its recording or its remote voice's speech, and its background.
export async function sceneInputs(scene: Scene, index: number, opts: SceneMediaOptions): Promise<SceneInputs> {
  const audio = await sceneAudio(scene.voice, index, opts);
  const speech = await remoteSpeech(opts.teamId, scene.voice, opts.workDir);
  const background = await sceneMedia(scene, index, opts);
  return { audio, speech, background };
}
