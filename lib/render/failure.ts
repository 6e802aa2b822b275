import { FetchError } from "@/lib/assets/fetch-error";

// A render that cannot finish, with the failure code of API-CONTRACT.md that the video's status shows.
// `permanent` means trying again cannot help (a 404, a file that is not audio); the job does not retry.
export type RenderFailureCode =
  | "asset_unreachable"
  | "asset_too_large"
  | "media_undecodable"
  | "voice_unavailable"
  | "render_timeout"
  | "cancelled"
  | "internal_error";

export class RenderFailure extends Error {
  constructor(
    readonly code: RenderFailureCode,
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = "RenderFailure";
  }
}

// Worth another try later: timeouts, name resolution, server errors and rate limits, broken connections.
const TRANSIENT = /within \d|could not be resolved|HTTP (5\d\d|408|429)|connection was refused|connection failed|socket hang up|ECONNRESET/i;

/** A failed download (lib/assets' guarded fetcher) as a render failure: a 404, a refused address or a file
 * over the limit is permanent; timeouts, DNS and server errors may be retried. */
export function fetchFailure(error: FetchError): RenderFailure {
  if (error.code === "asset_too_large") return new RenderFailure("asset_too_large", error.message, true);
  return new RenderFailure("asset_unreachable", error.message, !TRANSIENT.test(error.message));
}
