"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, fieldAria } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { FolderOptions } from "@/components/folders/folder-options";

// Create (title + folder) or rename (title only) a project.
export function ProjectTitleDialog({
  open,
  mode,
  initialTitle = "",
  folders,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  open: boolean;
  mode: "create" | "rename";
  initialTitle?: string;
  folders: { id: string; name: string }[];
  pending: boolean;
  error: string | null;
  onSubmit: (value: { title: string; folder_id: string | null }) => void;
  onClose: () => void;
}) {
  const [title, setTitle] = useState(initialTitle);
  const [folder, setFolder] = useState("");
  const empty = title.trim() === "";
  return (
    <Dialog
      open={open}
      onClose={onClose}
      dismissible={!pending}
      title={mode === "create" ? "New project" : "Rename project"}
      description={mode === "create" ? "A project starts with one scene; you build it up scene by scene." : undefined}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" form="project-title-form" loading={pending} disabled={empty}>
            {mode === "create" ? "Create project" : "Save name"}
          </Button>
        </>
      }
    >
      <form
        id="project-title-form"
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (!empty) onSubmit({ title: title.trim(), folder_id: folder || null });
        }}
      >
        {error ? <Alert variant="danger">{error}</Alert> : null}
        <Field id="project-title" label="Title">
          <Input {...fieldAria("project-title", {})} value={title} maxLength={255} autoFocus onChange={(e) => setTitle(e.target.value)} />
        </Field>
        {mode === "create" && folders.length > 0 ? (
          <Field id="project-folder" label="Folder" optional>
            <Select id="project-folder" value={folder} onChange={(e) => setFolder(e.target.value)}>
              <option value="">No folder</option>
              <FolderOptions folders={folders} />
            </Select>
          </Field>
        ) : null}
      </form>
    </Dialog>
  );
}
