import type { z } from "zod";
import { assetImportBody, assetListQuery, assetUploadQuery } from "@/lib/assets/schemas";
import { avatarGroupListQuery } from "@/lib/catalog/looks";
import { v3AvatarsQuery, v3LooksQuery, v3VoicesQuery } from "@/lib/generation/v3-queries";
import { v3VideoSchema } from "@/lib/contract/v3-video";
import { v3VideosQuery } from "@/lib/videos/v3-videos";
import { createFolderBody, folderPageQuery } from "@/lib/folders/schemas";
import { voicePreviewQuery } from "@/lib/contract/voice-preview-query";
import { talkingPhotoUploadQuery } from "@/lib/talking-photos/schemas";
import { videoIdQuery, videoPageQuery } from "@/lib/videos/schemas";
import { addEndpointBody, endpointIdQuery, updateEndpointBody } from "@/lib/webhooks/schemas";
import { webhookEventTypes } from "@/lib/webhooks/event-types";
import { v3EventTypes } from "@/lib/webhooks/v3-event-types";
import { v3WebhookEndpoints } from "@/lib/openapi/v3-webhook-endpoints";
import { arrayOf, bool, dateTime, int, intOrNull, obj, str, strOrNull } from "@/lib/openapi/schema-parts";

// The document's tags, in the order the reference shows them.
export const endpointTags = ["Videos", "Catalog", "Assets", "Talking photos", "Webhooks", "Account"] as const;

// The public endpoints as data: what the OpenAPI document and the API reference page show.
export type Endpoint = {
  method: "GET" | "POST" | "DELETE" | "PATCH";
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: (typeof endpointTags)[number];
  // v3-list: `{data: [items], has_more, next_token}`, `data` here describing one item; v3-deleted: `{data: {}, error: null}`.
  envelope: "v1" | "v2" | "v3" | "v3-list" | "v3-deleted";
  query?: z.ZodType;
  // "binary": raw bytes; "file": multipart/form-data with one binary part `file` (HeyGen v3's uploads).
  body?: "video" | "binary" | "file" | z.ZodType;
  // A JSON body the route takes instead of `body` (POST /v1/asset's {url}).
  altJson?: z.ZodType;
  pathParams?: string[];
  headers?: { name: string; description: string }[];
  data: Record<string, unknown>;
  extraErrors?: number[];
  // A media type when the success answer is a file (e.g. audio/mpeg) instead of the JSON envelope.
  file?: string;
};

const eventType = { enum: [...webhookEventTypes] };
const endpoint = (secret: Record<string, unknown>) =>
  obj({
    endpoint_id: str,
    url: str,
    status: { enum: ["enabled", "disabled"] },
    // Any of HeyGen's types: an endpoint made over v3 may name types we never emit.
    events: { oneOf: [{ type: "null" }, arrayOf({ enum: [...v3EventTypes] })] },
    secret,
    created_at: dateTime,
    disabled_reason: strOrNull,
    failing_since: strOrNull,
  });

// width, height and duration where they apply (an image has no duration, audio no size).
const asset = obj(
  {
    id: str,
    name: str,
    file_type: { enum: ["image", "video", "audio"] },
    url: str,
    created_ts: int,
    mime_type: str,
    size_bytes: int,
    width: int,
    height: int,
    duration: { type: "number" },
  },
  ["width", "height", "duration"],
);

// Each endpoint names the schemas its route parses with, so the document cannot drift from the routes.
const q = { videoIdQuery, pageQuery: videoPageQuery, voicePreviewQuery };

// GET /v2/avatars and /v1/avatar.list, GET /v2/voices and /v1/voice.list: the same `data`. A HeyGen upstream's
// entries are passed on as it sent them, so what only we add (default_voice_id, created_at) is optional.
const avatarListData = obj({
  avatars: arrayOf(
    obj(
      {
        avatar_id: str,
        avatar_name: str,
        gender: str,
        preview_image_url: strOrNull,
        preview_video_url: strOrNull,
        default_voice_id: strOrNull,
      },
      ["default_voice_id"],
    ),
  ),
  talking_photos: arrayOf(
    obj({ talking_photo_id: str, talking_photo_name: str, preview_image_url: strOrNull, created_at: int }, ["created_at"]),
  ),
});
// heygen-mcp requires the three booleans and a working URL in preview_audio (HEYGEN-V3.md 10.4).
const voiceListData = obj({
  voices: arrayOf(
    obj(
      {
        voice_id: str,
        language: str,
        gender: str,
        name: str,
        preview_audio: { type: "string", format: "uri" },
        support_pause: bool,
        emotion_support: bool,
        support_interactive_avatar: bool,
        support_locale: bool,
        locales: arrayOf(str),
      },
      ["locales"],
    ),
  ),
});
const v3VoiceItem = obj({
  voice_id: str,
  name: str,
  language: str,
  gender: str,
  type: { enum: ["public", "private"] },
  support_pause: bool,
  support_locale: bool,
  preview_audio_url: strOrNull,
});
const v3VoiceDetail = {
  ...v3VoiceItem,
  required: [...v3VoiceItem.required, "support_interactive_avatar", "created_at", "status", "failure_message"],
  properties: {
    ...v3VoiceItem.properties,
    support_interactive_avatar: bool,
    created_at: intOrNull,
    status: strOrNull,
    failure_message: strOrNull,
  },
};
// Only a private avatar has a `status` (and an `error` once failed), as at HeyGen (HEYGEN-V3.md 4.1).
const v3AvatarState = {
  status: { enum: ["processing", "pending_consent", "failed", "completed", null] },
  error: { oneOf: [{ type: "null" }, obj({ code: str, message: str })] },
};
const v3GroupItem = obj({
  id: str,
  name: str,
  created_at: int,
  looks_count: int,
  gender: strOrNull,
  preview_image_url: strOrNull,
  preview_video_url: strOrNull,
  default_voice_id: strOrNull,
  consent_status: strOrNull,
  ...v3AvatarState,
});
const v3LookItem = obj({
  id: str,
  name: str,
  avatar_type: { enum: ["studio_avatar", "digital_twin", "photo_avatar"] },
  group_id: strOrNull,
  gender: strOrNull,
  preview_image_url: strOrNull,
  preview_video_url: strOrNull,
  default_voice_id: strOrNull,
  image_width: intOrNull,
  image_height: intOrNull,
  preferred_orientation: { enum: ["portrait", "landscape", "square", null] },
  supported_api_engines: arrayOf({ enum: ["avatar_v", "avatar_iv", "avatar_iii"] }),
  tags: arrayOf(str),
  ...v3AvatarState,
});

const v3Video = obj({
  id: str,
  status: { enum: ["pending", "processing", "completed", "failed"] },
  progress: int,
  title: strOrNull,
  created_at: intOrNull,
  completed_at: intOrNull,
  duration: { type: ["number", "null"] },
  video_url: strOrNull,
  captioned_video_url: strOrNull,
  subtitle_url: strOrNull,
  thumbnail_url: strOrNull,
  gif_url: strOrNull,
  video_page_url: strOrNull,
  folder_id: strOrNull,
  callback_id: strOrNull,
  failure_code: strOrNull,
  failure_message: strOrNull,
});

export function endpoints(): Endpoint[] {
  return [
    {
      method: "POST",
      path: "/v2/video/generate",
      operationId: "createAvatarVideo",
      summary: "Create an avatar video",
      description:
        "HeyGen's v2 request body, plus `fps`, `caption_mode` and `output_format` (`webm`: VP9 with alpha and Opus, scenes without a background transparent). The video starts `pending`; poll its status or receive a callback.",
      tag: "Videos",
      envelope: "v2",
      body: "video",
      headers: [
        { name: "Idempotency-Key", description: "The same key and body within 24 h answer the same video_id; another body answers 409." },
      ],
      data: obj({ video_id: str }),
      extraErrors: [402, 409, 413],
    },
    {
      method: "GET",
      path: "/v1/video_status.get",
      operationId: "getVideoStatus",
      summary: "Video status",
      description: "Status, progress (0..100 while processing) and signed file URLs that expire after 7 days.",
      tag: "Videos",
      envelope: "v1",
      query: q.videoIdQuery,
      data: obj({
        id: str,
        status: { enum: ["pending", "waiting", "processing", "completed", "failed"] },
        progress: int,
        callback_id: strOrNull,
        title: strOrNull,
        video_url: strOrNull,
        video_url_caption: strOrNull,
        thumbnail_url: strOrNull,
        gif_url: strOrNull,
        caption_url: strOrNull,
        caption_srt_url: strOrNull,
        caption_vtt_url: strOrNull,
        video_share_page_url: strOrNull,
        duration: { type: ["number", "null"] },
        created_at: int,
        // HeyGen's shape: an integer code (README "Failure codes"), our reason beside it.
        error: { oneOf: [{ type: "null" }, obj({ code: int, message: str, detail: str, reason: str })] },
      }),
    },
    {
      method: "GET",
      path: "/v1/video.list",
      operationId: "listVideos",
      summary: "List videos",
      description: "Newest first; pass the returned `token` to get the next page.",
      tag: "Videos",
      envelope: "v1",
      query: q.pageQuery,
      data: obj({
        videos: arrayOf(obj({ video_id: str, video_title: str, status: str, created_at: int, type: { const: "GENERATED" } })),
        token: strOrNull,
      }),
    },
    {
      method: "DELETE",
      path: "/v1/video.delete",
      operationId: "deleteVideo",
      summary: "Delete a video",
      description: "A running render is cancelled and the files are removed.",
      tag: "Videos",
      envelope: "v1",
      query: q.videoIdQuery,
      data: obj({ video_id: str }),
    },
    {
      method: "POST",
      path: "/v1/video.cancel",
      operationId: "cancelVideo",
      summary: "Cancel a video",
      description: "A pending or processing video ends `failed` with code `cancelled`.",
      tag: "Videos",
      envelope: "v1",
      query: q.videoIdQuery,
      data: obj({ video_id: str, status: { enum: ["pending", "waiting", "processing", "completed", "failed"] } }),
      extraErrors: [409],
    },
    {
      method: "GET",
      path: "/v2/avatars",
      operationId: "listAvatars",
      summary: "List avatars and talking photos",
      tag: "Catalog",
      envelope: "v2",
      data: avatarListData,
    },
    {
      method: "GET",
      path: "/v2/voices",
      operationId: "listVoices",
      summary: "List voices",
      tag: "Catalog",
      envelope: "v2",
      data: voiceListData,
    },
    {
      method: "GET",
      path: "/v1/avatar.list",
      operationId: "listAvatarsV1",
      summary: "List avatars (legacy v1)",
      description: "HeyGen's legacy list: the same items as `GET /v2/avatars`, in the v1 envelope.",
      tag: "Catalog",
      envelope: "v1",
      data: avatarListData,
    },
    {
      method: "GET",
      path: "/v1/voice.list",
      operationId: "listVoicesV1",
      summary: "List voices (legacy v1)",
      description: "HeyGen's legacy list: the same items as `GET /v2/voices`, in the v1 envelope.",
      tag: "Catalog",
      envelope: "v1",
      data: voiceListData,
    },
    {
      method: "GET",
      path: "/v2/avatar_group.list",
      operationId: "listAvatarGroups",
      summary: "List avatar groups",
      description:
        "One `PUBLIC` group per presenter (its id is the presenter's `avatar_id`) and one `PHOTO` group per talking photo of the team. `include_public=false`: the team's own groups only.",
      tag: "Catalog",
      envelope: "v2",
      query: avatarGroupListQuery,
      data: obj({
        total_count: int,
        avatar_group_list: arrayOf(
          obj({
            id: str,
            name: str,
            created_at: int,
            num_looks: int,
            preview_image: str,
            group_type: { enum: ["PUBLIC", "PHOTO"] },
            train_status: strOrNull,
            default_voice_id: strOrNull,
          }),
        ),
      }),
    },
    {
      method: "GET",
      path: "/v2/avatar_group/{group_id}/avatars",
      operationId: "listAvatarGroupLooks",
      summary: "A group's looks",
      description:
        "A presenter's looks are its styles: the plain `avatar_id` (normal), `<avatar_id>__circle` and `<avatar_id>__closeUp`, each usable as `avatar_id`. A photo group has one look. Each item carries HeyGen's look fields and the avatar-list fields.",
      tag: "Catalog",
      envelope: "v2",
      pathParams: ["group_id"],
      data: obj({
        avatar_list: arrayOf(
          obj({
            id: str,
            name: str,
            image_url: str,
            created_at: { type: "number" },
            status: str,
            group_id: str,
            avatar_id: str,
            avatar_name: str,
            gender: str,
            preview_image_url: str,
            preview_video_url: str,
            premium: bool,
            type: str,
          }),
        ),
      }),
    },
    {
      method: "GET",
      path: "/v2/avatar/{avatar_id}/details",
      operationId: "avatarDetails",
      summary: "One avatar's details",
      description: "A presenter (`type: avatar`) or one of the team's talking photos (`type: talking_photo`); 404 for any other id.",
      tag: "Catalog",
      envelope: "v2",
      pathParams: ["avatar_id"],
      data: obj({
        type: str,
        id: str,
        name: str,
        gender: str,
        preview_image_url: strOrNull,
        preview_video_url: strOrNull,
        premium: bool,
        is_public: bool,
        default_voice_id: strOrNull,
        tags: arrayOf(str),
      }),
    },
    {
      method: "GET",
      path: "/v2/voices/{voice_id}/preview",
      operationId: "previewVoice",
      summary: "Preview a voice",
      description:
        "An MP3 of a built-in voice saying `text` (at most 200 characters; default: the voice introduces itself). Cached per voice and text. Not part of HeyGen's API.",
      tag: "Catalog",
      envelope: "v2",
      pathParams: ["voice_id"],
      query: q.voicePreviewQuery,
      data: {},
      file: "audio/mpeg",
    },
    {
      method: "GET",
      path: "/v2/avatars/{avatar_id}/preview",
      operationId: "avatarPreview",
      summary: "Avatar preview image",
      description: "A 640x360 PNG of the presenter; public, like HeyGen's preview URLs.",
      tag: "Catalog",
      envelope: "v2",
      pathParams: ["avatar_id"],
      file: "image/png",
      data: {},
    },
    {
      method: "GET",
      path: "/v2/avatars/{avatar_id}/preview_video",
      operationId: "avatarPreviewVideo",
      summary: "Avatar preview video",
      description:
        "A few seconds of the presenter greeting the viewer in its default voice (640x360 MP4, byte ranges served); public, like HeyGen's preview URLs.",
      tag: "Catalog",
      envelope: "v2",
      pathParams: ["avatar_id"],
      file: "video/mp4",
      data: {},
    },
    {
      method: "POST",
      path: "/v1/asset",
      operationId: "uploadAsset",
      summary: "Upload an asset",
      description:
        'Raw bytes of a PNG, JPEG, WebP, MP4, WebM, MP3 or WAV file; the type is read from the content (images and audio up to 50 MB, videos up to 100 MB). Or JSON `{"url"}` (not in HeyGen\'s API): the file is downloaded through the fetch guard (http and https only; private, loopback and link-local addresses refused unless ALLOWED_FETCH_HOSTS lists them; 2 minutes at most) and stored the same way; a URL that cannot be fetched answers 400 naming `url` with the reason. `name` (query or JSON) names the asset.',
      tag: "Assets",
      envelope: "v1",
      query: assetUploadQuery,
      body: "binary",
      altJson: assetImportBody,
      data: asset,
      extraErrors: [413, 415],
    },
    {
      method: "GET",
      path: "/v1/asset/list",
      operationId: "listAssets",
      summary: "List assets",
      tag: "Assets",
      envelope: "v2",
      query: assetListQuery,
      data: obj({ assets: arrayOf(asset), total: int, token: strOrNull }),
    },
    {
      method: "POST",
      path: "/v1/asset/{id}/delete",
      operationId: "deleteAsset",
      summary: "Delete an asset",
      tag: "Assets",
      envelope: "v1",
      pathParams: ["id"],
      data: obj({ id: str }),
    },
    {
      method: "POST",
      path: "/v1/talking_photo",
      operationId: "uploadTalkingPhoto",
      summary: "Upload a talking photo",
      description:
        "Raw bytes of a JPEG, PNG or WebP portrait (at least 64 px on its short side, a face at least about 36 px wide). Answers after the photo is analysed, so the id works in the next generate; `warnings` says when several faces were found (the largest is used). 400 when no face is found or it is too small; 413 over 40 megapixels or the image size limit.",
      tag: "Talking photos",
      envelope: "v1",
      query: talkingPhotoUploadQuery,
      body: "binary",
      data: obj({ talking_photo_id: str, talking_photo_url: str, warnings: arrayOf(str) }),
      extraErrors: [413, 415],
    },
    {
      method: "GET",
      path: "/v1/talking_photo.list",
      operationId: "listTalkingPhotos",
      summary: "List talking photos",
      tag: "Talking photos",
      envelope: "v1",
      data: arrayOf(obj({ id: str, image_url: str, circle_image: str, talking_photo_id: str, talking_photo_name: str })),
    },
    {
      method: "DELETE",
      path: "/v2/talking_photo/{id}",
      operationId: "deleteTalkingPhoto",
      summary: "Delete a talking photo",
      description:
        "Hidden at once; its files are removed once no pending or processing video uses it. Completed videos keep their outputs.",
      tag: "Talking photos",
      envelope: "v2",
      pathParams: ["id"],
      data: obj({ id: str }),
    },
    {
      method: "GET",
      path: "/v1/folders",
      operationId: "listFolders",
      summary: "List folders",
      tag: "Assets",
      envelope: "v1",
      query: folderPageQuery,
      data: obj({ folders: arrayOf(obj({ id: str, name: str, created_ts: int })), total: int, token: strOrNull }),
    },
    {
      method: "POST",
      path: "/v1/folders/create",
      operationId: "createFolder",
      summary: "Create a folder",
      tag: "Assets",
      envelope: "v1",
      body: createFolderBody,
      data: obj({ id: str, name: str, created_ts: int }),
    },
    {
      method: "POST",
      path: "/v1/folders/{id}",
      operationId: "renameFolder",
      summary: "Rename a folder",
      tag: "Assets",
      envelope: "v1",
      pathParams: ["id"],
      body: createFolderBody,
      data: obj({ id: str, name: str, created_ts: int }),
    },
    {
      method: "POST",
      path: "/v1/folders/{id}/trash",
      operationId: "trashFolder",
      summary: "Move a folder to the trash",
      description: "Hidden from `GET /v1/folders` and refused as a `folder_id` until restored; its videos stay. Idempotent.",
      tag: "Assets",
      envelope: "v1",
      pathParams: ["id"],
      data: obj({ id: str, name: str, created_ts: int }),
    },
    {
      method: "POST",
      path: "/v1/folders/{id}/restore",
      operationId: "restoreFolder",
      summary: "Restore a folder from the trash",
      tag: "Assets",
      envelope: "v1",
      pathParams: ["id"],
      data: obj({ id: str, name: str, created_ts: int }),
    },
    {
      method: "GET",
      path: "/v2/user/remaining_quota",
      operationId: "remainingQuota",
      summary: "Remaining quota",
      description: "Seconds of video the team may still render; 2147483647 means unlimited.",
      tag: "Account",
      envelope: "v2",
      data: obj({
        remaining_quota: int,
        details: obj({ api: int, streaming_avatar: int, streaming_avatar_instance_quota: int, seat: int }),
      }),
    },
    {
      method: "POST",
      path: "/v1/webhook/endpoint.add",
      operationId: "addWebhookEndpoint",
      summary: "Add a webhook endpoint",
      description:
        "The URL must answer an OPTIONS request within 1 s (2xx). `events` null or absent: every event type. The answer's `secret` (`whsec_...`) is shown only here; it signs every delivery (`Signature` and Standard Webhooks headers).",
      tag: "Webhooks",
      envelope: "v1",
      body: addEndpointBody,
      data: endpoint(str),
      extraErrors: [403, 409],
    },
    {
      method: "GET",
      path: "/v1/webhook/endpoint.list",
      operationId: "listWebhookEndpoints",
      summary: "List webhook endpoints",
      description: "Secrets are not shown again (`secret` is null).",
      tag: "Webhooks",
      envelope: "v1",
      data: arrayOf(endpoint({ type: "null" })),
      extraErrors: [403],
    },
    {
      method: "PATCH",
      path: "/v1/webhook/endpoint.update",
      operationId: "updateWebhookEndpoint",
      summary: "Update a webhook endpoint",
      description:
        "A new `url` is checked like a new endpoint; `events` replaces the list (null: every type); `status` enables or disables it (beyond HeyGen).",
      tag: "Webhooks",
      envelope: "v1",
      body: updateEndpointBody,
      data: endpoint({ type: "null" }),
      extraErrors: [403],
    },
    {
      method: "DELETE",
      path: "/v1/webhook/endpoint.delete",
      operationId: "deleteWebhookEndpoint",
      summary: "Delete a webhook endpoint",
      tag: "Webhooks",
      envelope: "v1",
      query: endpointIdQuery,
      data: obj({ endpoint_id: str }),
      extraErrors: [403],
    },
    {
      method: "DELETE",
      path: "/v1/webhook/endpoint.delete/{id}",
      operationId: "deleteWebhookEndpointByPath",
      summary: "Delete a webhook endpoint (path form)",
      description: "The same as `DELETE /v1/webhook/endpoint.delete?endpoint_id=`, for clients that put the id in the path.",
      tag: "Webhooks",
      envelope: "v1",
      pathParams: ["id"],
      data: obj({ endpoint_id: str }),
      extraErrors: [403],
    },
    {
      method: "GET",
      path: "/v1/webhook/webhook.list",
      operationId: "listWebhookEventTypes",
      summary: "Webhook event types",
      description: "The event types we emit.",
      tag: "Webhooks",
      envelope: "v1",
      data: arrayOf(eventType),
    },
    {
      method: "GET",
      path: "/v1/user/me",
      operationId: "currentUser",
      summary: "The key's team",
      description: "Clients call it to check a key.",
      tag: "Account",
      envelope: "v1",
      data: obj({ username: str, email: strOrNull, first_name: str, last_name: str, team: obj({ id: str, slug: str, name: str }) }),
    },
    // ─── HeyGen v3 (HEYGEN-V3.md): videos, the account, the catalog, uploads and (lib/openapi/v3-webhook-endpoints.ts) webhooks ───
    {
      method: "POST",
      path: "/v3/videos",
      operationId: "v3CreateVideo",
      summary: "Create a video (v3)",
      description:
        "`type: avatar` (a look id from /v3/avatars/looks or any avatar_id from /v2/avatars) or `type: image` (any portrait, animated as a talking photo; also `image_url` / `image_asset_id` as HeyGen's n8n node sends them). The frame's short edge comes from `resolution`, its long edge from `aspect_ratio`. `output_format: webm` has a transparent background.",
      tag: "Videos",
      envelope: "v3",
      body: v3VideoSchema,
      headers: [
        {
          name: "Idempotency-Key",
          description:
            "Within 24 h, the same key on this method and path answers the first request's answer again, whatever the body; 409 request_in_progress while the first is still running.",
        },
      ],
      data: obj({
        video_id: str,
        status: { enum: ["waiting", "pending", "processing", "completed", "failed"] },
        output_format: { enum: ["mp4", "webm"] },
      }),
      extraErrors: [402, 409, 413],
    },
    {
      method: "GET",
      path: "/v3/videos",
      operationId: "v3ListVideos",
      summary: "List videos (v3)",
      description: "Newest first; `title` matches a part of the title, any case.",
      tag: "Videos",
      envelope: "v3-list",
      query: v3VideosQuery,
      data: v3Video,
    },
    {
      method: "GET",
      path: "/v3/videos/{video_id}",
      operationId: "v3GetVideo",
      summary: "One video (v3)",
      description: "Status (`pending`, `processing`, `completed`, `failed`), progress and signed file URLs that expire after 7 days.",
      tag: "Videos",
      envelope: "v3",
      pathParams: ["video_id"],
      data: v3Video,
    },
    {
      method: "DELETE",
      path: "/v3/videos/{video_id}",
      operationId: "v3DeleteVideo",
      summary: "Delete a video (v3)",
      description: "Cancels a running render and removes the video and its files.",
      tag: "Videos",
      envelope: "v3",
      pathParams: ["video_id"],
      data: obj({ id: str, deleted: { const: true } }),
    },
    {
      method: "GET",
      path: "/v3/users/me",
      operationId: "v3UsersMe",
      summary: "The key's account (v3)",
      description: "The team's owner; the team's remaining quota as a credit wallet (a credit is a minute of video).",
      tag: "Account",
      envelope: "v3",
      data: obj({
        username: str,
        email: strOrNull,
        first_name: strOrNull,
        last_name: strOrNull,
        billing_type: { enum: ["wallet", "subscription", "usage_based", null] },
        wallet: {
          oneOf: [
            { type: "null" },
            obj({
              currency: { enum: ["usd", "credits"] },
              remaining_balance: { type: "number" },
              auto_reload: obj({ enabled: bool, amount_usd: { type: ["number", "null"] }, threshold_usd: { type: ["number", "null"] } }),
            }),
          ],
        },
        subscription: { type: ["object", "null"] },
        usage_based: { type: ["object", "null"] },
      }),
    },
    {
      method: "GET",
      path: "/v3/voices",
      operationId: "v3ListVoices",
      summary: "List voices (v3)",
      description:
        "`type=public` (default): the built-in voices; `type=private`: the team's provider voices (ElevenLabs, OpenAI-compatible). `engine` is accepted and filters nothing.",
      tag: "Catalog",
      envelope: "v3-list",
      query: v3VoicesQuery,
      data: v3VoiceItem,
    },
    {
      method: "GET",
      path: "/v3/voices/{voice_id}",
      operationId: "v3GetVoice",
      summary: "One voice (v3)",
      tag: "Catalog",
      envelope: "v3",
      pathParams: ["voice_id"],
      data: v3VoiceDetail,
    },
    {
      method: "GET",
      path: "/v3/avatars",
      operationId: "v3ListAvatarGroups",
      summary: "List avatar groups (v3)",
      description: "Presenters (`ownership=public`) and the team's talking photos (`private`); both when omitted.",
      tag: "Catalog",
      envelope: "v3-list",
      query: v3AvatarsQuery,
      data: v3GroupItem,
    },
    {
      method: "GET",
      path: "/v3/avatars/{group_id}",
      operationId: "v3GetAvatarGroup",
      summary: "One avatar group (v3)",
      tag: "Catalog",
      envelope: "v3",
      pathParams: ["group_id"],
      data: v3GroupItem,
    },
    {
      method: "GET",
      path: "/v3/avatars/looks",
      operationId: "v3ListLooks",
      summary: "List looks (v3)",
      description:
        "A presenter's looks are its styles (`<avatar_id>`, `<avatar_id>__circle`, `<avatar_id>__closeUp`); a talking photo has one. Each id works as `avatar_id`.",
      tag: "Catalog",
      envelope: "v3-list",
      query: v3LooksQuery,
      data: v3LookItem,
    },
    {
      method: "POST",
      path: "/v3/assets",
      operationId: "v3UploadAsset",
      summary: "Upload an asset (v3)",
      description:
        '`multipart/form-data` with one file part named `file` (with a filename), streamed to storage. The type is read from the content, as for `POST /v1/asset` (PNG, JPEG, WebP, MP4, WebM, MP3, WAV; images and audio up to 50 MB, videos up to 100 MB). A missing `file` part, a second file part or a body that is not a form answers 400 `invalid_parameter` with `param: "file"`; a part over the limit 413 `payload_too_large`; another type 415. The `asset_id` works wherever an asset id does (`image_asset_id`, `audio_asset_id`, ...).',
      tag: "Assets",
      envelope: "v3",
      body: "file",
      headers: [
        {
          name: "Idempotency-Key",
          description:
            "Within 24 h, the same key on this method and path answers the first upload's answer again (the same asset), whatever is sent; 409 request_in_progress while the first is still being stored.",
        },
      ],
      data: obj({ asset_id: str, url: str, mime_type: str, size_bytes: int }),
      extraErrors: [409, 413, 415],
    },
    {
      method: "GET",
      path: "/v3/avatars/looks/{look_id}",
      operationId: "v3GetLook",
      summary: "One look (v3)",
      tag: "Catalog",
      envelope: "v3",
      pathParams: ["look_id"],
      data: v3LookItem,
    },
    ...v3WebhookEndpoints(),
  ];
}
