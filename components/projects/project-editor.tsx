"use client";

import Link from "next/link";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef } from "react";
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PlusIcon } from "@/components/ui/icons";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/components/lib/api-client";
import { validateDraft } from "@/lib/projects/draft";
import { useCatalog } from "@/components/projects/catalog";
import { ProjectSettings } from "@/components/projects/project-settings";
import { RenderHistory } from "@/components/projects/render-history";
import { SceneCard } from "@/components/projects/scene-card";
import { generateProject, projectKeys, type ProjectDetail, type Render } from "@/components/projects/queries";
import { useDraft, type SaveState } from "@/components/projects/use-draft";

const saveLabels: Record<SaveState, string> = { saving: "Saving…", saved: "Saved", error: "Not saved" };

// The editor's names for the contract's fields, so a problem reads as the form labels it.
const FIELD_LABELS: Record<string, string> = {
  "voice.input_text": "Script",
  "voice.voice_id": "Voice",
  "voice.duration": "Seconds of silence",
  "voice.audio_asset_id": "Audio file",
  "voice.audio_url": "Audio URL",
  "character.avatar_id": "Presenter",
  "character.scale": "Scale",
  "character.offset": "Offset",
  "background.value": "Colour",
  "background.image_asset_id": "Image",
  "background.video_asset_id": "Video",
  "background.url": "Background URL",
  dimension: "Size",
};

// "video_inputs.1.voice.input_text" -> "Scene 2 · Script"; an unnamed field keeps its path.
function describePath(path: string): string {
  const parts = path.split(".");
  const scene = parts[0] === "video_inputs" && parts[1] !== undefined ? `Scene ${Number(parts[1]) + 1}` : null;
  const rest = scene ? parts.slice(2) : parts;
  const label = FIELD_LABELS[rest.slice(0, 2).join(".")] ?? FIELD_LABELS[rest[0] ?? ""];
  return [scene, ...(label ? [label] : rest)].filter(Boolean).join(" · ");
}

const SORT_INSTRUCTIONS =
  "To move a scene, press space or enter to pick it up, the up and down arrow keys to move it, and space or enter again to drop it; escape cancels. The arrow keys alone move it one place.";

// What a screen reader hears while a scene is dragged, by scene number rather than by id.
function sceneAnnouncements(ids: string[]): Announcements {
  const n = (id: string | number) => `scene ${ids.indexOf(String(id)) + 1}`;
  return {
    onDragStart: ({ active }) => `Picked up ${n(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${n(active.id)} is over the place of ${n(over.id)}.` : `${n(active.id)} is no longer over a scene.`,
    onDragEnd: ({ active, over }) =>
      over ? `${n(active.id)} dropped at the place of ${n(over.id)}.` : `${n(active.id)} dropped where it was.`,
    onDragCancel: ({ active }) => `Moving ${n(active.id)} was cancelled; it is back in its place.`,
  };
}

const newGenerateKey = () => `studio-${crypto.randomUUID()}`;

export function ProjectEditor({
  team,
  initial,
  renders,
  folders,
  canEdit,
}: {
  team: string;
  initial: ProjectDetail;
  renders: Render[];
  folders: { id: string; name: string }[];
  canEdit: boolean;
}) {
  const qc = useQueryClient();
  const toast = useToast();
  const draft = useDraft(team, initial);
  const project = draft.project;
  const catalog = useCatalog(team);
  const checked = useMemo(() => validateDraft(project), [project]);
  const errors = checked.ok ? {} : checked.errors;
  const problems = Object.entries(errors);
  // One Idempotency-Key per render asked for: every click until one succeeds sends the same key (the server
  // answers a repeat with the first video), and a success draws a new one for the next deliberate render.
  const generateKey = useRef(newGenerateKey());
  const generate = useMutation({
    mutationFn: () => generateProject(team, project.id, generateKey.current),
    onSuccess: async () => {
      generateKey.current = newGenerateKey();
      await qc.invalidateQueries({ queryKey: projectKeys.renders(team, project.id) });
      toast({ title: "Generating", description: "The render is queued; follow it in the history below." });
    },
  });
  const move = (sceneId: string, position: number) => draft.structural.mutate({ kind: "move", sceneId, position });
  // A pointer must travel a few pixels before a press on the handle becomes a drag (a click stays a click).
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const sceneIds = project.scenes.map((s) => s.id);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) move(String(active.id), sceneIds.indexOf(String(over.id)));
  };
  const announcements = useMemo(() => sceneAnnouncements(sceneIds), [sceneIds]);

  return (
    <>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <Link href={`/${team}/projects`} className="text-sm text-zinc-600 hover:underline">
            ← Projects
          </Link>
          <h1 className="truncate text-2xl font-semibold tracking-tight text-zinc-900">{project.title || "Untitled project"}</h1>
        </div>
        <div className="flex items-center gap-3">
          <span
            role="status"
            aria-live="polite"
            data-save-state={draft.state}
            className={draft.state === "error" ? "text-sm text-red-700" : "text-sm text-zinc-600"}
          >
            {saveLabels[draft.state]}
          </span>
          {canEdit ? (
            <Button
              onClick={() => generate.mutate()}
              loading={generate.isPending}
              disabled={problems.length > 0 || draft.state !== "saved"}
            >
              Generate
            </Button>
          ) : null}
        </div>
      </div>
      {draft.error ? (
        <Alert variant="danger" className="mb-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <span>
              {`Your last edit was not saved: ${draft.error}`}
              {draft.waiting ? " It is kept in this page and sent with your next edit, or now with Try again." : null}
            </span>
            {draft.waiting ? (
              <Button size="sm" variant="secondary" onClick={draft.retry}>
                Try again
              </Button>
            ) : null}
          </div>
        </Alert>
      ) : null}
      {generate.isError ? (
        <Alert variant="danger" className="mb-4">
          {errorMessage(generate.error)}
        </Alert>
      ) : null}
      {problems.length > 0 ? (
        <Alert
          variant="warning"
          className="mb-4"
          title={`Fix ${problems.length === 1 ? "this" : `these ${problems.length}`} before generating`}
        >
          <ul className="list-disc pl-5" aria-label="Problems in the draft">
            {problems.slice(0, 8).map(([path, message]) => (
              <li key={path}>
                {describePath(path)}: {message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <div className="space-y-6">
        <ProjectSettings project={project} folders={folders} errors={errors} canEdit={canEdit} onEdit={draft.editSettings} />
        <DndContext
          id="scenes"
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements, screenReaderInstructions: { draggable: SORT_INSTRUCTIONS } }}
        >
          <SortableContext items={sceneIds} strategy={verticalListSortingStrategy}>
            <ol className="space-y-4" aria-label="Scenes">
              {project.scenes.map((scene, index) => (
                <li key={scene.id}>
                  <SceneCard
                    team={team}
                    scene={scene}
                    index={index}
                    count={project.scenes.length}
                    errors={errors}
                    avatars={catalog.avatars}
                    voices={catalog.voices}
                    assets={catalog.assets}
                    canEdit={canEdit}
                    onEdit={(field, value) => draft.editScene(scene.id, field, field === "character" ? value : (value ?? {}))}
                    onMove={(position) => move(scene.id, position)}
                    onDuplicate={() => draft.structural.mutate({ kind: "duplicate", sceneId: scene.id })}
                    onDelete={() => draft.structural.mutate({ kind: "delete", sceneId: scene.id })}
                    dimension={{ width: project.width, height: project.height }}
                  />
                </li>
              ))}
            </ol>
          </SortableContext>
        </DndContext>
        {canEdit ? (
          <Button
            variant="secondary"
            onClick={() => draft.structural.mutate({ kind: "add" })}
            loading={draft.structural.isPending && draft.structural.variables?.kind === "add"}
          >
            <PlusIcon className="size-4" />
            Add scene
          </Button>
        ) : null}
        <RenderHistory team={team} project={project} initial={renders} canEdit={canEdit} onRestored={draft.replace} />
      </div>
    </>
  );
}
