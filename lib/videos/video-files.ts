import "server-only";
import { storage } from "@/lib/storage/storage";

// Where a video's rendered files live in storage: everything under one prefix, removed together.
export function videoPrefix(teamId: string, videoId: string): string {
  return `teams/${teamId}/videos/${videoId}/`;
}

export async function removeVideoFiles(teamId: string, videoId: string): Promise<void> {
  await storage().deletePrefix(videoPrefix(teamId, videoId));
}
