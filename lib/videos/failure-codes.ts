import type { RenderFailureCode } from "@/lib/render/failure";

// HeyGen answers a failed video's `error.code` as an integer (e.g. 40119, "Video is too long") and clients
// such as heygen-mcp parse it as one. Each of our failure reasons has its own number here, published in the
// README; the reason itself stays beside it as `error.reason`. 4xxxx: the request or its inputs; 5xxxx: ours.
// Typed by the reasons a render and the HeyGen upstream fail with, so a new reason cannot go without a number.
type Reason = RenderFailureCode | "upstream_failed";
const FAILURE_NUMBERS: Readonly<Record<Reason, { code: number; title: string }>> = {
  asset_unreachable: { code: 40010, title: "An input file could not be fetched" },
  asset_too_large: { code: 40011, title: "An input file is too large" },
  media_undecodable: { code: 40012, title: "An input file could not be decoded" },
  voice_unavailable: { code: 40013, title: "The voice provider refused or failed" },
  cancelled: { code: 40014, title: "The video was cancelled" },
  quota_exceeded: { code: 40119, title: "Video is too long" },
  internal_error: { code: 50000, title: "Internal error" },
  render_timeout: { code: 50001, title: "The render timed out" },
  storage_failed: { code: 50002, title: "The video could not be stored" },
  upstream_failed: { code: 50003, title: "The upstream renderer failed" },
};

/** A failed video's `error` as HeyGen shapes it: integer `code`, short `message`, long `detail`, and our `reason`. */
export function failureBody(reason: string | null, message: string | null, detail: string | null) {
  const known = FAILURE_NUMBERS[(reason ?? "internal_error") as Reason] ?? FAILURE_NUMBERS.internal_error;
  return {
    code: known.code,
    message: message || known.title,
    detail: detail ?? message ?? known.title,
    reason: reason ?? "internal_error",
  };
}
