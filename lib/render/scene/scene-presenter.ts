import "server-only";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Scene } from "@/lib/contract/schema";
import type { ScenePlan } from "@/lib/render/plan";
import type { VoiceTrack } from "@/lib/render/voice/types";
import { presenterSprites } from "@/lib/render/character/presenter-sprites";
import { visemeTimeline } from "@/lib/render/character/viseme-timeline";
import { visemesFromAudio } from "@/lib/render/character/visemes-from-audio";
import { visemesFromEnvelope } from "@/lib/render/character/visemes-from-envelope";
import { spriteSchedule } from "@/lib/render/character/sprite-schedule";
import { cacheDir } from "@/lib/render/cache-dir";
import type { PresenterSource } from "@/lib/render/compose";

// The presenter of one scene as an ffconcat of sprites: mouths from the phones (text voices) or from the
// audio itself (recordings), closed in silence; blinks and idle poses; sprites cached per (presenter, size, style, colour).
export async function scenePresenter(
  scene: Scene,
  plan: ScenePlan,
  voice: VoiceTrack,
  workDir: string,
): Promise<PresenterSource | undefined> {
  const character = scene.character;
  if (!character || character.type !== "avatar" || !plan.presenter) return undefined;
  const sprites = await presenterSprites(
    character.avatar_id,
    { width: plan.width, height: plan.height, style: character.avatar_style, circleColor: character.circle_background_color },
    cacheDir("sprites"),
  );
  const cues =
    voice.kind === "text"
      ? visemeTimeline(voice.phones, plan.duration)
      : voice.kind === "audio"
        ? await visemesFromAudio(voice.wavPath, plan.duration, voice.envelope)
        : visemesFromEnvelope(voice.envelope, plan.duration);
  const concatFile = path.join(workDir, `presenter-${plan.index}.ffconcat`);
  await writeFile(concatFile, spriteSchedule(cues, { duration: plan.duration, fps: plan.fps, seed: plan.index + 1 }, sprites));
  const { crop } = sprites;
  return { concatFile, crop: { x: crop.x, y: crop.y, w: crop.width, h: crop.height, width: sprites.width, height: sprites.height } };
}
