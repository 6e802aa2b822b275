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
const LIVE_MS = 1000;
const IDLE_MS = 5000;
export const liveInterval = (videos: VideoRow[]) => (videos.some((v) => !isDone(v)) ? LIVE_MS : IDLE_MS);

// The list's filters; "" means any.
export type VideoFilters = { status: "" | "active" | "completed" | "failed"; folder: string; creator: string };
export const NO_FILTERS: VideoFilters = { status: "", folder: "", creator: "" };
export type FilterOptions = { folders: { id: string; name: string }[]; creators: { value: string; label: string }[] };

export function fetchVideos(team: string, token?: string | null, f: VideoFilters = NO_FILTERS): Promise<VideoPage> {
  const q = new URLSearchParams({ limit: "25" });
  if (token) q.set("token", token);
  if (f.status) q.set("status", f.status);
  if (f.folder) q.set("folder_id", f.folder);
  if (f.creator) q.set("creator", f.creator);
  return api<VideoPage>(`/api/teams/${team}/videos?${q}`);
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
