"use client";

import { useState } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Input, fieldAria } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SIZE_PRESETS, type UpdateProject } from "@/lib/projects/schemas";
import type { ProjectDetail } from "@/components/projects/queries";
import { FolderOptions } from "@/components/folders/folder-options";

const presetOf = (w: number, h: number) => Object.entries(SIZE_PRESETS).find(([, s]) => s.width === w && s.height === h)?.[0] ?? "custom";

// Title, frame size (presets or custom) and captions of the whole video.
export function ProjectSettings({
  project,
  folders,
  errors,
  canEdit,
  onEdit,
}: {
  project: ProjectDetail;
  folders: { id: string; name: string }[];
  errors: Record<string, string>;
  canEdit: boolean;
  onEdit: (patch: UpdateProject) => void;
}) {
  const [custom, setCustom] = useState(false);
  const preset = custom ? "custom" : presetOf(project.width, project.height);
  const titleError = project.title.trim() === "" ? "Give the project a title" : (errors.title ?? null);
  const widthError = errors["dimension.width"] ?? null;
  const heightError = errors["dimension.height"] ?? null;
  return (
    <Card aria-label="Project settings">
      <CardHeader title="Settings" />
      <CardBody>
        <fieldset disabled={!canEdit} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field id="project-title" label="Title" error={titleError}>
            <Input
              {...fieldAria("project-title", { error: titleError })}
              value={project.title}
              maxLength={255}
              onChange={(e) => onEdit({ title: e.target.value })}
            />
          </Field>
          <Field id="project-size" label="Size">
            <Select
              id="project-size"
              value={preset}
              onChange={(e) => {
                const s = SIZE_PRESETS[e.target.value as keyof typeof SIZE_PRESETS];
                setCustom(!s);
                if (s) onEdit({ width: s.width, height: s.height });
              }}
            >
              {Object.keys(SIZE_PRESETS).map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
              <option value="custom">Custom</option>
            </Select>
          </Field>
          {preset === "custom" ? (
            <div className="grid grid-cols-2 gap-3">
              <Field id="project-width" label="Width" error={widthError}>
                <Input
                  {...fieldAria("project-width", { error: widthError })}
                  type="number"
                  step={2}
                  value={project.width}
                  onChange={(e) => onEdit({ width: Number(e.target.value) || 0 })}
                />
              </Field>
              <Field id="project-height" label="Height" error={heightError}>
                <Input
                  {...fieldAria("project-height", { error: heightError })}
                  type="number"
                  step={2}
                  value={project.height}
                  onChange={(e) => onEdit({ height: Number(e.target.value) || 0 })}
                />
              </Field>
            </div>
          ) : null}
          {folders.length > 0 ? (
            <Field id="project-folder" label="Folder">
              <Select id="project-folder" value={project.folderId ?? ""} onChange={(e) => onEdit({ folder_id: e.target.value || null })}>
                <option value="">No folder</option>
                <FolderOptions folders={folders} />
              </Select>
            </Field>
          ) : null}
          <div className="space-y-2">
            <label className="flex items-center gap-2 pt-7 text-sm text-zinc-800">
              <input type="checkbox" checked={project.caption} onChange={(e) => onEdit({ caption: e.target.checked })} />
              Captions
            </label>
            {project.caption ? (
              <Select
                aria-label="Caption mode"
                value={project.captionMode}
                onChange={(e) => onEdit({ caption_mode: e.target.value as "file_only" | "burn_in" })}
              >
                <option value="burn_in">Burned in + files</option>
                <option value="file_only">SRT/VTT only</option>
              </Select>
            ) : null}
          </div>
        </fieldset>
      </CardBody>
    </Card>
  );
}
