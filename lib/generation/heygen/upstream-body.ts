import { sceneBackground } from "@/lib/contract/background";
import type { BackgroundSettings, Scene, VideoRequest, VoiceSettings } from "@/lib/contract/schema";

// The body of POST /v2/video/generate as the upstream gets it: the normalised request (defaults filled, ignored
// fields dropped) with
// - asset ids swapped for the upstream's ids of the same files;
// - `callback_id` set to our video id, so the upstream's webhooks name our video even before its own id is
//   stored here (the client's callback_id stays with us and is echoed in our own webhooks);
// - no `callback_url` (callbacks go to the client from us, with our file URLs) and no `folder_id` (folders are ours);
// - our extensions (`fps`, `caption_mode`, `output_format`) only where they differ from what HeyGen does anyway;
// - a scene without a background gets our default colour, except in a WebM (where it means transparent).

const swap = (ids: ReadonlyMap<string, string>, id: string | undefined) => (id === undefined ? undefined : (ids.get(id) ?? id));

function background(b: BackgroundSettings, ids: ReadonlyMap<string, string>): BackgroundSettings {
  if (b.type === "image" && b.image_asset_id !== undefined) return { ...b, image_asset_id: swap(ids, b.image_asset_id) };
  if (b.type === "video" && b.video_asset_id !== undefined) return { ...b, video_asset_id: swap(ids, b.video_asset_id) };
  return b;
}

function voice(v: VoiceSettings, ids: ReadonlyMap<string, string>): VoiceSettings {
  return v.type === "audio" && v.audio_asset_id !== undefined ? { ...v, audio_asset_id: swap(ids, v.audio_asset_id) } : v;
}

export function upstreamBody(request: VideoRequest, videoId: string, assetIds: ReadonlyMap<string, string>): Record<string, unknown> {
  const { folder_id: _folder, callback_url: _url, callback_id: _id, caption_mode, fps, output_format, video_inputs, ...rest } = request;
  const webm = output_format === "webm";
  const scenes: Scene[] = video_inputs.map((scene) => ({
    ...scene,
    voice: voice(scene.voice, assetIds),
    ...(webm && !scene.background ? {} : { background: background(sceneBackground(scene), assetIds) }),
  }));
  return {
    ...rest,
    video_inputs: scenes,
    callback_id: videoId,
    ...(fps !== 25 ? { fps } : {}),
    ...(webm ? { output_format } : {}),
    ...(request.caption && caption_mode !== "burn_in" ? { caption_mode } : {}),
  };
}
