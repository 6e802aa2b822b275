import "server-only";
import { storage } from "@/lib/storage/storage";
import type { OutputFormat } from "@/lib/contract/schema";
import type { VideoOutputs } from "@/lib/videos/describe-video";

// Where a video's rendered files live in storage: everything under one prefix, removed together.
export function videoPrefix(teamId: string, videoId: string): string {
  return `teams/${teamId}/videos/${videoId}/`;
}

export async function removeVideoFiles(teamId: string, videoId: string): Promise<void> {
  await storage().deletePrefix(videoPrefix(teamId, videoId));
}

// The file name of each output under the video's prefix (rendered here or copied from an upstream). The videos
// carry their format's extension, which is also what their content type is served by (video/mp4, video/webm).
export function outputFileName(kind: keyof VideoOutputs, format: OutputFormat): string {
  const names: Record<keyof VideoOutputs, string> = {
    video: `video.${format}`,
    videoCaption: `video-captioned.${format}`,
    thumbnail: "thumbnail.jpg",
    gif: "preview.gif",
    captionAss: "captions.ass",
    captionSrt: "captions.srt",
    captionVtt: "captions.vtt",
  };
  return names[kind];
}
