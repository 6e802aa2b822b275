"use client";

import { useIsMutating, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiClientError, errorMessage } from "@/components/lib/api-client";
import {
  addScene,
  deleteScene,
  duplicateScene,
  fetchProject,
  moveScene,
  patchScene,
  projectKeys,
  updateProject,
  type ProjectDetail,
  type SceneView,
} from "@/components/projects/queries";
import { changedPaths, copyPath, type ScenePart, type SceneParts } from "@/lib/projects/scene-merge";
import type { UpdateProject } from "@/lib/projects/schemas";

const DEBOUNCE_MS = 600;
// A save that failed for a passing reason (no connection, a restarting server, too many requests) is tried
// again after 1, 2, 4, 8 and 16 s; after that the edit waits in the queue for "Try again" or the next edit.
const transient = (e: unknown) => e instanceof ApiClientError && (e.status === 0 || e.status === 429 || e.status >= 500);
const saveRetry = {
  retry: (failures: number, e: unknown) => failures < 5 && transient(e),
  retryDelay: (failures: number) => 1000 * 2 ** failures,
};
// One scene's edits waiting for their pause: the parts' latest values and which field paths changed.
type Queued = { timer?: ReturnType<typeof setTimeout>; parts: Partial<SceneParts>; changed: Set<string>; editedAt: number };

export type SaveState = "saving" | "saved" | "error";

/**
 * The draft as TanStack Query data: every edit lands in the cache at once (optimistic) and is sent after a
 * short pause per scene (debounced), with the time it was made and the field paths it changed
 * ("voice.input_text"); the server keeps the newer edit per field and answers with what it kept, which
 * replaces fields that lost to a teammate's newer edit.
 */
export function useDraft(team: string, initial: ProjectDetail) {
  const qc = useQueryClient();
  const key = projectKeys.detail(team, initial.id);
  const saveKey = [...key, "save"];
  const queued = useRef(new Map<string, Queued>());
  const settingsQueue = useRef<{ timer?: ReturnType<typeof setTimeout>; patch: UpdateProject } | null>(null);
  // Saves on their way, so a structural change can wait for them before it reads the draft back.
  const sending = useRef(new Set<Promise<unknown>>());
  // A teammate's edits arrive every few seconds; while this tab has edits waiting or on their way, it keeps
  // what it shows (their answers settle the fields), so a poll never rolls back what was just typed.
  const busy = () => queued.current.size > 0 || settingsQueue.current !== null || sending.current.size > 0;
  const project = useQuery({
    queryKey: key,
    queryFn: async () => {
      const current = qc.getQueryData<ProjectDetail>(key) ?? initial;
      if (busy()) return current;
      const fresh = await fetchProject(team, initial.id);
      return busy() ? current : fresh;
    },
    initialData: initial,
    refetchInterval: 5000,
    refetchOnWindowFocus: true,
  });
  const [queuedCount, setQueuedCount] = useState(0);
  const countQueued = useCallback(() => setQueuedCount(queued.current.size + (settingsQueue.current ? 1 : 0)), []);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useIsMutating({ mutationKey: saveKey });

  const set = useCallback(
    (fn: (p: ProjectDetail) => ProjectDetail) => qc.setQueryData<ProjectDetail>(key, (p) => (p ? fn(p) : p)),
    [qc, key],
  );
  const onError = (e: unknown) => setError(errorMessage(e));
  const onSaved = () => setError(null);

  const sceneSave = useMutation({
    mutationKey: saveKey,
    mutationFn: (v: { sceneId: string; parts: Queued["parts"]; changed: string[]; editedAt: number }) =>
      patchScene(team, initial.id, v.sceneId, { ...v.parts, changed: v.changed, edited_at: v.editedAt }),
    ...saveRetry,
    onSuccess: (res, v) => {
      onSaved();
      // Fields a newer edit (another tab, a teammate) won: show what is stored, unless this tab typed again since.
      const stale = res.stale.filter((path) => !queued.current.get(v.sceneId)?.changed.has(path));
      if (stale.length)
        set((p) => ({
          ...p,
          scenes: p.scenes.map((s) => (s.id === v.sceneId ? stale.reduce((at, path) => copyPath(at, res.scene, path), s) : s)),
        }));
    },
    onError: (e, v) => {
      onError(e);
      if (!transient(e)) return;
      // Back into the queue, under any newer edit of the same scene, so it is not lost.
      const newer = queued.current.get(v.sceneId);
      if (newer) clearTimeout(newer.timer);
      queued.current.set(v.sceneId, {
        parts: { ...v.parts, ...newer?.parts },
        changed: new Set([...v.changed, ...(newer?.changed ?? [])]),
        editedAt: newer?.editedAt ?? v.editedAt,
      });
      countQueued();
    },
  });
  const settingsSave = useMutation({
    mutationKey: saveKey,
    mutationFn: (patch: UpdateProject) => updateProject(team, initial.id, patch),
    ...saveRetry,
    onSuccess: onSaved,
    onError: (e, patch) => {
      onError(e);
      if (!transient(e)) return;
      const newer = settingsQueue.current;
      if (newer) clearTimeout(newer.timer);
      settingsQueue.current = { patch: { ...patch, ...newer?.patch } };
      countQueued();
    },
  });

  const track = useCallback((promise: Promise<unknown>) => {
    const settled = promise.catch(() => undefined).finally(() => sending.current.delete(settled));
    sending.current.add(settled);
    return settled;
  }, []);

  const flush = useCallback(
    (sceneId: string) => {
      const entry = queued.current.get(sceneId);
      if (!entry) return;
      clearTimeout(entry.timer);
      queued.current.delete(sceneId);
      countQueued();
      track(sceneSave.mutateAsync({ sceneId, parts: entry.parts, changed: [...entry.changed], editedAt: entry.editedAt }));
    },
    [sceneSave, track, countQueued],
  );

  const flushSettings = useCallback(() => {
    const entry = settingsQueue.current;
    if (!entry) return;
    clearTimeout(entry.timer);
    settingsQueue.current = null;
    countQueued();
    track(settingsSave.mutateAsync(entry.patch));
  }, [settingsSave, track, countQueued]);

  // "Try again": sends every edit that is waiting, at once.
  const retry = () => {
    for (const id of [...queued.current.keys()]) flush(id);
    flushSettings();
  };

  const editScene = <P extends ScenePart>(sceneId: string, part: P, value: SceneView[P]) => {
    const before = qc.getQueryData<ProjectDetail>(key)?.scenes.find((s) => s.id === sceneId)?.[part] ?? null;
    const paths = changedPaths(part, before, value);
    if (!paths.length) return;
    set((p) => ({ ...p, scenes: p.scenes.map((s) => (s.id === sceneId ? { ...s, [part]: value } : s)) }));
    const earlier = queued.current.get(sceneId);
    if (earlier) clearTimeout(earlier.timer);
    queued.current.set(sceneId, {
      parts: { ...earlier?.parts, [part]: value },
      changed: new Set([...(earlier?.changed ?? []), ...paths]),
      editedAt: Date.now(),
      timer: setTimeout(() => flush(sceneId), DEBOUNCE_MS),
    });
    countQueued();
  };

  const editSettings = (patch: UpdateProject) => {
    set((p) => ({
      ...p,
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.width !== undefined ? { width: patch.width } : {}),
      ...(patch.height !== undefined ? { height: patch.height } : {}),
      ...(patch.caption !== undefined ? { caption: patch.caption } : {}),
      ...(patch.caption_mode !== undefined ? { captionMode: patch.caption_mode } : {}),
      ...(patch.folder_id !== undefined ? { folderId: patch.folder_id } : {}),
    }));
    // A blank title is not saved (the server refuses it); the field shows the error meanwhile.
    if (patch.title !== undefined && patch.title.trim() === "") return;
    const earlier = settingsQueue.current;
    if (earlier) clearTimeout(earlier.timer);
    settingsQueue.current = { patch: { ...earlier?.patch, ...patch }, timer: setTimeout(flushSettings, DEBOUNCE_MS) };
    countQueued();
  };

  // Leaving the page sends what is still waiting for its pause; the browser warns while a save runs.
  useEffect(() => {
    const pending = queued.current;
    const warn = (event: BeforeUnloadEvent) => {
      if (pending.size || settingsQueue.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const structural = useMutation({
    mutationKey: saveKey,
    mutationFn: async (
      op:
        | { kind: "add"; after?: string }
        | { kind: "duplicate" | "delete"; sceneId: string }
        | { kind: "move"; sceneId: string; position: number },
    ) => {
      for (const id of [...queued.current.keys()]) flush(id);
      flushSettings();
      await Promise.all([...sending.current]);
      if (op.kind === "add") await addScene(team, initial.id, op.after);
      else if (op.kind === "duplicate") await duplicateScene(team, initial.id, op.sceneId);
      else if (op.kind === "delete") await deleteScene(team, initial.id, op.sceneId);
      else if (op.kind === "move") await moveScene(team, initial.id, op.sceneId, op.position);
    },
    onMutate: (op) => {
      if (op.kind === "move") {
        const { position } = op;
        set((p) => {
          const scenes = p.scenes.filter((s) => s.id !== op.sceneId);
          scenes.splice(
            position,
            0,
            p.scenes.find((s) => s.id === op.sceneId)!,
          );
          return { ...p, scenes };
        });
      } else if (op.kind === "delete") set((p) => ({ ...p, scenes: p.scenes.filter((s) => s.id !== op.sceneId) }));
    },
    onSuccess: async () => {
      onSaved();
      const fresh = await fetchProject(team, initial.id);
      // Keep this tab's not-yet-saved values over the server's copy.
      set(() => ({
        ...fresh,
        scenes: fresh.scenes.map((s) => ({ ...s, ...(queued.current.get(s.id)?.parts ?? {}) })),
      }));
    },
    onError: async (e) => {
      onError(e);
      await qc.invalidateQueries({ queryKey: key, exact: true });
    },
  });

  const replace = (next: ProjectDetail) => qc.setQueryData(key, next);
  const state: SaveState = error ? "error" : queuedCount > 0 || inFlight > 0 ? "saving" : "saved";
  // Edits not yet accepted by the server (waiting for their pause, or back from a failed save).
  const waiting = queuedCount > 0;
  return { project: project.data, editScene, editSettings, structural, replace, retry, waiting, state, error };
}
