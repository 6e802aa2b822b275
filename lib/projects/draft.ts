import { normaliseVideoBody } from "@/lib/contract/normalise";
import { videoRequestSchema, type VideoRequest } from "@/lib/contract/schema";

// Pure: shared by the server (Generate) and the editor (errors shown by field as the user types), so
// both judge a draft with the contract's own schema.

export type DraftScene = {
  id: string;
  character: Record<string, unknown> | null;
  voice: Record<string, unknown>;
  background: Record<string, unknown>;
};
export type DraftProject = {
  title: string;
  folderId: string | null;
  width: number;
  height: number;
  caption: boolean;
  captionMode: string;
  scenes: DraftScene[];
};
// "video_inputs.0.voice.input_text" -> "must not be empty"
export type DraftErrors = Record<string, string>;

/** The raw POST /v2/video/generate body the draft stands for. */
export function draftToRequest(project: DraftProject): Record<string, unknown> {
  return {
    title: project.title,
    ...(project.folderId ? { folder_id: project.folderId } : {}),
    dimension: { width: project.width, height: project.height },
    caption: project.caption,
    caption_mode: project.captionMode,
    video_inputs: project.scenes.map((s) => ({
      ...(s.character ? { character: s.character } : {}),
      voice: s.voice,
      background: s.background,
    })),
  };
}

export function validateDraft(project: DraftProject): { ok: true; request: VideoRequest } | { ok: false; errors: DraftErrors } {
  const result = videoRequestSchema.safeParse(normaliseVideoBody(draftToRequest(project)));
  if (result.success) return { ok: true, request: result.data };
  const errors: DraftErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join(".");
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}

/** A Video's stored request back into draft fields (restore a version). */
export function requestToDraft(request: VideoRequest): Omit<DraftProject, "scenes"> & { scenes: Omit<DraftScene, "id">[] } {
  return {
    title: request.title ?? "Untitled project",
    folderId: request.folder_id ?? null,
    width: request.dimension.width,
    height: request.dimension.height,
    caption: request.caption,
    captionMode: request.caption_mode,
    scenes: request.video_inputs.map((s) => ({
      character: (s.character as Record<string, unknown> | undefined) ?? null,
      voice: s.voice as Record<string, unknown>,
      background: s.background as Record<string, unknown>,
    })),
  };
}
