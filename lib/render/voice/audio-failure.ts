import { RenderFailure } from "@/lib/render/failure";
import { FfmpegError } from "@/lib/render/ffmpeg";

// A decode error as a typed render failure: a file that does not decode is permanent.
export function audioFailure(error: unknown, signal?: AbortSignal): unknown {
  if (error instanceof RenderFailure) return error;
  if (signal?.aborted) return new RenderFailure("cancelled", "The render was cancelled.", true);
  if (error instanceof FfmpegError)
    return new RenderFailure("media_undecodable", `The voice audio could not be decoded: ${error.message}`, true);
  return error;
}
