import "server-only";

// Where a video's rendered files live in storage: everything under one prefix, removed together.
export function videoPrefix(teamId: string, videoId: string): string {
  return `teams/${teamId}/videos/${videoId}/`;
}

export async function removeVideoFiles(teamId: string, videoId: string): Promise<void> {
  const { storage } = await import("@/lib/storage/storage");
  await storage().deletePrefix(videoPrefix(teamId, videoId));
}
