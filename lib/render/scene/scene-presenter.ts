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
import { framesConcat } from "@/lib/render/character/sprite-schedule";
import { photoFrames } from "@/lib/render/photo/photo-motion";
import { photoSprites } from "@/lib/render/photo/photo-sprites";
import { spriteLayer } from "@/lib/render/photo/sprite-layer";
import type { PhotoInput } from "@/lib/render/photo/types";

// The presenter of one scene as an ffconcat of sprites: mouths from the phones (text voices) or from the
// audio itself (recordings), closed in silence; blinks and idle poses; sprites cached per (presenter, size,
// style, colour). A talking photo's sprites come from its warped portrait.
export async function scenePresenter(
  scene: Scene,
  plan: ScenePlan,
  voice: VoiceTrack,
  workDir: string,
  photo?: PhotoInput,
): Promise<PresenterSource | undefined> {
  const character = scene.character;
  if (!character || !plan.presenter) return undefined;
  if (character.type === "talking_photo") {
    if (!photo) throw new Error(`scene ${plan.index}: the talking photo ${character.talking_photo_id} was not made local`);
    return photoPresenter(character, plan, voice, workDir, photo);
  }
  const sprites = await presenterSprites(
    character.avatar_id,
    { width: plan.width, height: plan.height, style: character.avatar_style, circleColor: character.circle_background_color },
    cacheDir("sprites"),
  );
  const cues = await mouthCues(voice, plan.duration);
  const concatFile = path.join(workDir, `presenter-${plan.index}.ffconcat`);
  await writeFile(concatFile, spriteSchedule(cues, { duration: plan.duration, fps: plan.fps, seed: plan.index + 1 }, sprites));
  const { crop } = sprites;
  return { concatFile, crop: { x: crop.x, y: crop.y, w: crop.width, h: crop.height, width: sprites.width, height: sprites.height } };
}

async function photoPresenter(
  character: Extract<NonNullable<Scene["character"]>, { type: "talking_photo" }>,
  plan: ScenePlan,
  voice: VoiceTrack,
  workDir: string,
  photo: PhotoInput,
): Promise<PresenterSource | undefined> {
  const layer = plan.presenter!;
  if (layer.visible.w === 0 || layer.visible.h === 0) return undefined;
  const cues = await mouthCues(voice, plan.duration);
  const style = character.talking_style;
  const frames = photoFrames(cues, voice.envelope, { duration: plan.duration, fps: plan.fps, seed: plan.index + 1, style });
  const options = {
    // Over a transparent background only the person may remain: the photo's own background is cut away by its matte.
    matting: character.matting || plan.background.type === "transparent",
    superResolution: character.super_resolution,
    style,
    happy: character.expression === "happy",
  };
  const drawn = spriteLayer(layer);
  const sprites = await photoSprites(photo, drawn.layer, options, frames, cacheDir("sprites"));
  const concatFile = path.join(workDir, `presenter-${plan.index}.ffconcat`);
  await writeFile(concatFile, framesConcat(frames.map(sprites.file), plan.fps));
  return { concatFile, crop: drawn.crop };
}

// The mouth: from the phones of a text voice, from the sound of a recording, from the loudness otherwise.
async function mouthCues(voice: VoiceTrack, duration: number) {
  if (voice.kind === "text") return visemeTimeline(voice.phones, duration);
  if (voice.kind === "audio") return visemesFromAudio(voice.wavPath, duration, voice.envelope);
  return visemesFromEnvelope(voice.envelope, duration);
}
