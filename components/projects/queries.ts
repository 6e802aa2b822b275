import type { ProjectDetail, ProjectListItem, SceneView } from "@/lib/projects/projects";
import type { Render } from "@/lib/projects/generate";
import type { PatchScene, UpdateProject } from "@/lib/projects/schemas";
import { api } from "@/components/lib/api-client";

export type { ProjectDetail, ProjectListItem, Render, SceneView };

export const projectKeys = {
  all: (team: string) => ["teams", team, "projects"] as const,
  list: (team: string, q: string, folder: string) => ["teams", team, "projects", "list", q, folder] as const,
  detail: (team: string, id: string) => ["teams", team, "projects", id] as const,
  renders: (team: string, id: string) => ["teams", team, "projects", id, "renders"] as const,
};

const base = (team: string) => `/api/teams/${team}/projects`;

export function fetchProjects(team: string, q: string, folder: string): Promise<{ projects: ProjectListItem[] }> {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (folder) params.set("folder_id", folder);
  return api(`${base(team)}?${params}`);
}

export const createProject = (team: string, body: { title: string; folder_id?: string | null }) =>
  api<ProjectDetail>(base(team), { method: "POST", body });
export const updateProject = (team: string, id: string, body: UpdateProject) =>
  api<ProjectDetail>(`${base(team)}/${id}`, { method: "PATCH", body });
export const duplicateProject = (team: string, id: string) => api<ProjectDetail>(`${base(team)}/${id}/duplicate`, { method: "POST" });
export const deleteProject = (team: string, id: string) => api(`${base(team)}/${id}`, { method: "DELETE" });
export const fetchProject = (team: string, id: string) => api<ProjectDetail>(`${base(team)}/${id}`);

export const addScene = (team: string, id: string, after?: string) =>
  api<SceneView>(`${base(team)}/${id}/scenes`, { method: "POST", body: after ? { after } : {} });
export const duplicateScene = (team: string, id: string, sceneId: string) =>
  api<SceneView>(`${base(team)}/${id}/scenes/${sceneId}/duplicate`, { method: "POST" });
export const moveScene = (team: string, id: string, sceneId: string, position: number) =>
  api<{ order: string[] }>(`${base(team)}/${id}/scenes/${sceneId}/move`, { method: "POST", body: { position } });
export const deleteScene = (team: string, id: string, sceneId: string) =>
  api<{ order: string[] }>(`${base(team)}/${id}/scenes/${sceneId}`, { method: "DELETE" });
export const patchScene = (team: string, id: string, sceneId: string, body: PatchScene) =>
  api<{ scene: SceneView; applied: string[]; stale: string[] }>(`${base(team)}/${id}/scenes/${sceneId}`, { method: "PATCH", body });

// `key`: one per press of Generate, so a double click (or a retried request) makes one video.
export const generateProject = (team: string, id: string, key: string) =>
  api<{ video_id: string }>(`${base(team)}/${id}/generate`, { method: "POST", headers: { "Idempotency-Key": key } });
export const fetchRenders = (team: string, id: string) => api<{ renders: Render[] }>(`${base(team)}/${id}/renders`);
export const restoreRender = (team: string, id: string, videoId: string) =>
  api<ProjectDetail>(`${base(team)}/${id}/restore`, { method: "POST", body: { video_id: videoId } });
