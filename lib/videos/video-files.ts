import "server-only";
import { storage } from "@/lib/storage/storage";
import type { VideoOutputs } from "@/lib/videos/describe-video";

// Where a video's rendered files live in storage: everything under one prefix, removed together.
export function videoPrefix(teamId: string, videoId: string): string {
  return `teams/${teamId}/videos/${videoId}/`;
}

export async function removeVideoFiles(teamId: string, videoId: string): Promise<void> {
  await storage().deletePrefix(videoPrefix(teamId, videoId));
}

// The file name of each output under the video's prefix (rendered here or copied from an upstream).
export const outputFileNames: Record<keyof VideoOutputs, string> = {
  video: "video.mp4",
  videoCaption: "video-captioned.mp4",
  thumbnail: "thumbnail.jpg",
  gif: "preview.gif",
  captionAss: "captions.ass",
  captionSrt: "captions.srt",
  captionVtt: "captions.vtt",
};
