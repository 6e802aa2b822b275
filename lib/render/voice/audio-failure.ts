import { FetchError } from "@/lib/assets/fetch-error";
import { RenderFailure } from "@/lib/render/failure";
import { FfmpegError } from "./ffmpeg-pcm";

// Worth another try later: timeouts, name resolution, server errors and rate limits, broken connections.
const TRANSIENT = /within \d|could not be resolved|HTTP (5\d\d|408|429)|connection was refused|connection failed|socket hang up|ECONNRESET/i;

// A download or decode error as a typed render failure; a 404, a refused address, a file that is too
// large or is not audio are permanent.
export function audioFailure(error: unknown, signal?: AbortSignal): unknown {
  if (error instanceof RenderFailure) return error;
  if (signal?.aborted) return new RenderFailure("cancelled", "The render was cancelled.", true);
  if (error instanceof FetchError) {
    if (error.code === "asset_too_large") return new RenderFailure("asset_too_large", error.message, true);
    return new RenderFailure("asset_unreachable", error.message, !TRANSIENT.test(error.message));
  }
  if (error instanceof FfmpegError) return new RenderFailure("media_undecodable", `The voice audio could not be decoded: ${error.message}`, true);
  if (error instanceof Error && /abort|timeout|ECONNRESET|socket/i.test(`${error.name} ${error.message}`))
    return new RenderFailure("asset_unreachable", `The voice audio download failed: ${error.message}`, false);
  return error;
}
