import { FetchError } from "@/lib/assets/fetch-error";
import { RenderFailure } from "@/lib/render/failure";

// Worth another try later: timeouts, name resolution, server errors and rate limits, broken connections.
const TRANSIENT =
  /within \d|could not be resolved|HTTP (5\d\d|408|429)|connection was refused|connection failed|socket hang up|ECONNRESET/i;

/** A failed download (lib/assets' guarded fetcher) as a render failure: a 404, a refused address or a file
 * over the limit is permanent; timeouts, DNS and server errors may be retried. Other errors pass through;
 * a broken download that is not a FetchError (an aborted or reset stream) is worth another try. */
export function fetchFailure(error: unknown, what: string): unknown {
  if (error instanceof RenderFailure) return error;
  if (error instanceof FetchError) {
    if (error.code === "asset_too_large") return new RenderFailure("asset_too_large", error.message, true);
    return new RenderFailure("asset_unreachable", error.message, !TRANSIENT.test(error.message));
  }
  if (error instanceof Error && /abort|timeout|ECONNRESET|socket/i.test(`${error.name} ${error.message}`))
    return new RenderFailure("asset_unreachable", `The ${what} download failed: ${error.message}`, false);
  return error;
}
