import type { OutputFormat, VideoRequest } from "./schema";

/** The request's output format; a request stored before `output_format` existed has none and is an MP4. */
export function outputFormat(request: Pick<VideoRequest, "output_format">): OutputFormat {
  return request.output_format === "webm" ? "webm" : "mp4";
}
