import { readFile } from "node:fs/promises";
import { z } from "zod";
import { withPublic } from "@/lib/api/with-public";
import { NotFound } from "@/lib/errors";
import { findAvatar } from "@/lib/catalog";
import { avatarPreviewVideo } from "@/lib/render/preview/avatar-preview-video";
import { rangeReply } from "@/lib/storage/byte-range";
import { otherMethods } from "@/lib/api/api-fallback";

const params = z.object({ avatar_id: z.string() });

// GET /v2/avatars/{avatar_id}/preview_video - the presenter greeting in its default voice (public, like
// HeyGen's preview URLs); byte ranges served so a <video> can seek.
export const GET = withPublic(
  async ({ req, params }) => {
    if (!findAvatar(params.avatar_id)) throw new NotFound("The avatar");
    const mp4 = await readFile(await avatarPreviewVideo(params.avatar_id));
    const { status, range, headers } = rangeReply(req.headers.get("range"), mp4.length);
    const body = range ? mp4.subarray(range.start, range.end + 1) : mp4;
    return new Response(new Uint8Array(body), {
      status,
      headers: {
        ...headers,
        "Content-Type": "video/mp4",
        "Accept-Ranges": "bytes",
        "Cache-Control": "public, max-age=86400, no-transform",
      },
    });
  },
  { params, rateLimit: "read" },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("v2", ["GET"]);
