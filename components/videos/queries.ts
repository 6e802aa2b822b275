import type { VideoRow } from "@/lib/videos/video-rows";
import { api } from "@/components/lib/api-client";

export type { VideoRow };
export type VideoPage = { videos: VideoRow[]; token: string | null };

export const videoKeys = {
  all: (team: string) => ["teams", team, "videos"] as const,
};

export const isDone = (v: VideoRow) => v.status === "completed" || v.status === "failed";

// Live status: every second while a shown video is queued, waiting or rendering; once all are done, only a
// slow check for videos that API clients create meanwhile.
export const LIVE_MS = 1000;
export const IDLE_MS = 5000;
export const liveInterval = (videos: VideoRow[]) => (videos.some((v) => !isDone(v)) ? LIVE_MS : IDLE_MS);

export function fetchVideos(team: string, token?: string | null): Promise<VideoPage> {
  return api<VideoPage>(`/api/teams/${team}/videos?limit=25${token ? `&token=${encodeURIComponent(token)}` : ""}`);
}

export async function cancelVideo(team: string, id: string): Promise<void> {
  await api(`/api/teams/${team}/videos/${id}/cancel`, { method: "POST" });
}

export async function deleteVideo(team: string, id: string): Promise<void> {
  await api(`/api/teams/${team}/videos/${id}`, { method: "DELETE" });
}

export type ShareState = { video_id: string; shared: boolean; share_url: string | null; shared_at: string | null };

export function shareVideo(team: string, id: string): Promise<ShareState> {
  return api<ShareState>(`/api/teams/${team}/videos/${id}/share`, { method: "POST" });
}

export function unshareVideo(team: string, id: string): Promise<ShareState> {
  return api<ShareState>(`/api/teams/${team}/videos/${id}/share`, { method: "DELETE" });
}
