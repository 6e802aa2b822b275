import "server-only";
import { createReadStream } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { db } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { sizeLimits } from "@/lib/assets/media-types";
import { rawBodySource } from "@/lib/assets/receive-upload";
import { parseVideoRequest } from "@/lib/contract/parse";
import { parseLookId } from "@/lib/catalog/looks";
import { asV3Invalid, v3Image, v3VideoBody, type V3AssetInput, type V3Presenter, type V3Video } from "@/lib/contract/v3-video";
import { RenderFailure } from "@/lib/render/failure";
import { uploadTalkingPhoto } from "@/lib/talking-photos/upload-talking-photo";
import { createVideo } from "./create-video";
import { mediaFile } from "./local/media/media-file";
import { providerFor } from "./provider-for";

type Creator = { userId?: string; apiKeyId?: string };

// The portrait of an image video, as a local file: fetched through the guard, copied from the team's asset,
// or decoded from base64. A source that cannot be read is the caller's 400 naming `image`.
async function imageFile(teamId: string, image: V3AssetInput, dir: string): Promise<string> {
  const file = path.join(dir, "image");
  if (image.type === "base64") {
    const bytes = Buffer.from(image.data, "base64");
    if (bytes.length === 0) throw Invalid.field("image.data", "is not base64 image data");
    await writeFile(file, bytes);
    return file;
  }
  try {
    await mediaFile(image.type === "url" ? { url: image.url } : { assetId: image.asset_id }, "image", "image", {
      teamId,
      file,
      maxBytes: sizeLimits.image,
    });
  } catch (error) {
    if (error instanceof RenderFailure) throw Invalid.field("image", error.message);
    throw error;
  }
  return file;
}

// An image video's portrait becomes one of the team's talking photos (the same bytes reuse the same one), so
// it is analysed once and animated like any other.
async function photoOf(teamId: string, v: Extract<V3Video, { type: "image" }>, creator: Creator): Promise<V3Presenter> {
  const dir = await mkdtemp(path.join(tmpdir(), "v3-image-"));
  try {
    const file = await imageFile(teamId, v3Image(v), dir);
    const size = (await stat(file)).size;
    const photo = await uploadTalkingPhoto({
      teamId,
      source: rawBodySource(
        Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
        new Headers({ "content-length": String(size) }),
      ),
      name: v.title ?? undefined,
      createdById: creator.userId ?? null,
      apiKeyId: creator.apiKeyId ?? null,
      reuseSame: true,
    }).catch((error: unknown) => {
      // The upload names its body; here the body is the image.
      if (error instanceof Invalid) throw Invalid.field("image", error.details[0]?.message ?? error.message);
      throw error;
    });
    return { kind: "photo", photoId: photo.id, width: photo.width, height: photo.height, faceX: photo.faceX };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// An avatar video's look: one of the team's talking photos (its look id is its id) or a drawn presenter.
async function presenterOf(teamId: string, v: Extract<V3Video, { type: "avatar" }>): Promise<V3Presenter> {
  const photo = await db().talkingPhoto.findFirst({
    where: { id: v.avatar_id, teamId, deletedAt: null },
    select: { id: true, width: true, height: true, faceX: true },
  });
  if (photo) return { kind: "photo", photoId: photo.id, width: photo.width, height: photo.height, faceX: photo.faceX };
  return { kind: "avatar", avatarId: v.avatar_id };
}

// `voice_id` may be left out of an avatar video: the presenter's own voice speaks.
async function defaultVoice(teamId: string, v: V3Video): Promise<string | undefined> {
  if (v.type !== "avatar" || v.script === undefined || v.voice_id !== undefined) return undefined;
  const avatarId = parseLookId(v.avatar_id)?.avatarId ?? v.avatar_id;
  const { avatars } = await (await providerFor(teamId)).avatars();
  const voice = avatars.find((a) => a.avatar_id === avatarId)?.default_voice_id;
  if (typeof voice === "string" && voice) return voice;
  throw Invalid.field("voice_id", "is required: this avatar has no default voice; list voices with GET /v3/voices");
}

/**
 * POST /v3/videos: the v3 body made the one-scene v2 request it means (lib/contract/v3-video.ts) and created
 * like any other video (same checks, quota, render, status and callbacks). Errors name v3's fields.
 */
export async function createV3Video(input: { teamId: string; creator: Creator; video: V3Video }) {
  const { teamId, creator, video } = input;
  try {
    const presenter = video.type === "image" ? await photoOf(teamId, video, creator) : await presenterOf(teamId, video);
    const request = parseVideoRequest(v3VideoBody(video, presenter, await defaultVoice(teamId, video)));
    return await createVideo({ teamId, creator, request });
  } catch (error) {
    throw error instanceof Invalid ? asV3Invalid(error) : error;
  }
}
