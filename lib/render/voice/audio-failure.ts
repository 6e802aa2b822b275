import { FetchError } from "@/lib/assets/fetch-error";
import { fetchFailure, RenderFailure } from "@/lib/render/failure";
import { FfmpegError } from "./decode-to-wav";

// A download or decode error as a typed render failure; a 404, a refused address, a file that is too
// large or is not audio are permanent.
export function audioFailure(error: unknown, signal?: AbortSignal): unknown {
  if (error instanceof RenderFailure) return error;
  if (signal?.aborted) return new RenderFailure("cancelled", "The render was cancelled.", true);
  if (error instanceof FetchError) return fetchFailure(error);
  if (error instanceof FfmpegError) return new RenderFailure("media_undecodable", `The voice audio could not be decoded: ${error.message}`, true);
  if (error instanceof Error && /abort|timeout|ECONNRESET|socket/i.test(`${error.name} ${error.message}`))
    return new RenderFailure("asset_unreachable", `The voice audio download failed: ${error.message}`, false);
  return error;
}
