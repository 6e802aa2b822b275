import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { videoStatuses } from "@/lib/videos/status";

// Worker -> web reports over HTTP (POST /api/callbacks/render). The body is signed with
// RENDER_CALLBACK_SECRET: `X-Avatar-Signature: v1=<hex HMAC-SHA256 of "<timestamp>.<raw body>">` and
// `X-Avatar-Timestamp: <unix seconds>`; a report signed more than five minutes away from now is refused,
// so a captured report cannot be replayed later.
const RENDER_CALLBACK_MAX_AGE_SECONDS = 300;
const TIMESTAMP_HEADER = "x-avatar-timestamp";
const SIGNATURE_HEADER = "x-avatar-signature";

export const videoReportSchema = z.object({
  status: z.enum(videoStatuses),
  progress: z.number().min(0).max(100).optional(),
  error: z
    .object({ code: z.string().min(1).max(100), message: z.string().max(2000), detail: z.string().max(10_000).optional() })
    .optional(),
  outputs: z.record(z.string(), z.string().max(1000)).optional(),
  duration: z.number().min(0).optional(),
});

export const renderCallbackSchema = z.object({ video_id: z.string().min(1).max(100), report: videoReportSchema });
const sign = (secret: string, timestamp: string, body: string | Buffer) =>
  createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex");

/** The headers that sign `body` (the exact string sent) at `now` (ms). */
export function renderCallbackHeaders(secret: string, body: string, now = Date.now()): Record<string, string> {
  const timestamp = String(Math.floor(now / 1000));
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: `v1=${sign(secret, timestamp, body)}` };
}

/** True when the raw body carries a valid signature made within five minutes of `now` (ms). */
export function verifyRenderCallback(secret: string, headers: Headers, raw: Buffer, now = Date.now()): boolean {
  const timestamp = headers.get(TIMESTAMP_HEADER) ?? "";
  const given = /^v1=([0-9a-f]{64})$/.exec(headers.get(SIGNATURE_HEADER) ?? "")?.[1];
  if (!given || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now / 1000 - Number(timestamp)) > RENDER_CALLBACK_MAX_AGE_SECONDS) return false;
  return timingSafeEqual(Buffer.from(given, "hex"), Buffer.from(sign(secret, timestamp, raw), "hex"));
}
