import { readFile } from "node:fs/promises";
import { withTeam } from "@/lib/api/with-team";
import { ApiError, notFound } from "@/lib/api/errors";
import { findAvatar } from "@/lib/catalog";
import { avatarPreviewVideo } from "@/lib/render/preview/avatar-preview-video";
import { byteRange } from "@/lib/storage/byte-range";

// GET /v2/avatars/{avatar_id}/preview_video - the presenter greeting in its default voice (public, like
// HeyGen's preview URLs); byte ranges served so a <video> can seek.
export const GET = withTeam<undefined, Record<string, string>, { avatar_id: string }>(
  async ({ req, params }) => {
    if (!findAvatar(params.avatar_id)) throw notFound("The avatar");
    const mp4 = await readFile(await avatarPreviewVideo(params.avatar_id));
    const headers: Record<string, string> = { "Content-Type": "video/mp4", "Accept-Ranges": "bytes", "Cache-Control": "public, max-age=86400, no-transform" };
    const wanted = byteRange(req.headers.get("range"), mp4.length);
    if (wanted.kind === "unsatisfiable") {
      throw new ApiError(416, "range_not_satisfiable", `The range is outside the file (${mp4.length} bytes).`, { "Content-Range": `bytes */${mp4.length}` });
    }
    if (wanted.kind === "full") return new Response(new Uint8Array(mp4), { headers: { ...headers, "X-Avatar-Content-Length": String(mp4.length) } });
    const { start, end } = wanted.range;
    headers["Content-Range"] = `bytes ${start}-${end}/${mp4.length}`;
    headers["X-Avatar-Content-Length"] = String(end - start + 1);
    return new Response(new Uint8Array(mp4.subarray(start, end + 1)), { status: 206, headers });
  },
  { auth: "none", rateLimit: "read" },
);
