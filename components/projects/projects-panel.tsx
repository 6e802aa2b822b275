"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PlusIcon, ProjectsIcon, VideoIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { Table, TableHead, Td, Tr } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/components/lib/api-client";
import { formatDateTime } from "@/components/lib/format";
import { ConfirmMutation } from "@/components/members/confirm-dialog";
import { ProjectTitleDialog } from "@/components/projects/project-title-dialog";
import { FolderOptions } from "@/components/folders/folder-options";
import {
  createProject,
  deleteProject,
  duplicateProject,
  fetchProjects,
  projectKeys,
  updateProject,
  type ProjectListItem,
} from "@/components/projects/queries";

type Folder = { id: string; name: string };

function Thumb({ url }: { url: string | null }) {
  if (url) {
    // eslint-disable-next-line @next/next/no-img-element -- signed storage URLs, not optimisable by next/image
    return <img src={url} alt="" className="h-12 w-[85px] shrink-0 rounded-md border border-zinc-200 bg-zinc-100 object-cover" />;
  }
  return (
    <div
      className="flex h-12 w-[85px] shrink-0 items-center justify-center rounded-md border border-zinc-200 bg-zinc-50 text-zinc-400"
      aria-hidden
    >
      <VideoIcon className="size-4" />
    </div>
  );
}

export function ProjectsPanel({
  team,
  initial,
  folders,
  canEdit,
}: {
  team: string;
  initial: ProjectListItem[];
  folders: Folder[];
  canEdit: boolean;
}) {
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const [folder, setFolder] = useState("");
  const q = useDeferredValue(search.trim());
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<ProjectListItem | null>(null);
  const [deleting, setDeleting] = useState<ProjectListItem | null>(null);
  const projects = useQuery({
    queryKey: projectKeys.list(team, q, folder),
    queryFn: () => fetchProjects(team, q, folder).then((r) => r.projects),
    initialData: q === "" && folder === "" ? initial : undefined,
    placeholderData: (previous) => previous,
  });
  const rows = projects.data ?? [];
  const refresh = () => queryClient.invalidateQueries({ queryKey: projectKeys.all(team) });

  const create = useMutation({
    mutationFn: (v: { title: string; folder_id: string | null }) => createProject(team, v),
    onSuccess: (p) => router.push(`/${team}/projects/${p.id}`),
  });
  const rename = useMutation({
    mutationFn: (v: { id: string; title: string }) => updateProject(team, v.id, { title: v.title }),
    onSuccess: async () => {
      await refresh();
      setRenaming(null);
    },
  });
  const duplicate = useMutation({
    mutationFn: (p: ProjectListItem) => duplicateProject(team, p.id),
    onSuccess: async (copy) => {
      await refresh();
      toast({ title: "Project duplicated", description: `“${copy.title}” has the same scenes and settings.` });
    },
    onError: (error) => toast({ title: "Could not duplicate", description: errorMessage(error) }),
  });
  const remove = useMutation({
    mutationFn: (p: ProjectListItem) => deleteProject(team, p.id),
    onSuccess: async (_d, p) => {
      await refresh();
      setDeleting(null);
      toast({ title: "Project deleted", description: `“${p.title}” is gone; its videos stay in Videos.` });
    },
  });
  const filtered = q !== "" || folder !== "";

  return (
    <>
      <PageHeader
        title="Projects"
        description="Build a video scene by scene; every edit is saved as you type, and each render is kept in the project's history."
        actions={
          canEdit ? (
            <Button onClick={() => setCreating(true)}>
              <PlusIcon className="size-4" />
              New project
            </Button>
          ) : null
        }
      />
      <div className="mb-4 flex flex-wrap gap-3">
        <Input
          type="search"
          aria-label="Search projects"
          placeholder="Search by title"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="max-w-72"
        />
        {folders.length > 0 ? (
          <Select aria-label="Folder" value={folder} onChange={(e) => setFolder(e.target.value)} className="max-w-56">
            <option value="">All folders</option>
            <FolderOptions folders={folders} />
          </Select>
        ) : null}
      </div>
      {projects.isError ? (
        <Alert variant="danger" className="mb-4">
          {errorMessage(projects.error)}
        </Alert>
      ) : null}
      <Card aria-label="Projects">
        {rows.length === 0 ? (
          <EmptyState
            icon={<ProjectsIcon className="size-5" />}
            title={filtered ? "No projects match" : "No projects yet"}
            description={
              filtered
                ? "Try another search or folder."
                : "Create a project, pick a presenter and a voice for each scene, then generate the video."
            }
          >
            {canEdit && !filtered ? (
              <Button onClick={() => setCreating(true)}>
                <PlusIcon className="size-4" />
                New project
              </Button>
            ) : null}
          </EmptyState>
        ) : (
          <Table>
            {/* The title takes the room left (and truncates); below 1280 px the creation date folds away. */}
            <TableHead columns={["Project", { label: "Created", className: "hidden xl:table-cell" }, "Last edited"]} actions />
            <tbody>
              {rows.map((p) => (
                <Tr key={p.id} data-project-id={p.id}>
                  <Td className="w-full max-w-0">
                    <div className="flex items-center gap-3">
                      <Thumb url={p.thumbnailUrl} />
                      <div className="min-w-0">
                        <Link href={`/${team}/projects/${p.id}`} className="block truncate font-medium text-zinc-900 hover:underline">
                          {p.title}
                        </Link>
                        <div className="truncate text-xs text-zinc-500">
                          {p.scenes === 1 ? "1 scene" : `${p.scenes} scenes`}
                          {p.folder ? ` · in ${p.folder.name}` : null}
                          <span className="xl:hidden"> · by {p.createdBy ?? "a removed user"}</span>
                        </div>
                      </div>
                    </div>
                  </Td>
                  <Td className="hidden whitespace-nowrap xl:table-cell">
                    <div>{formatDateTime(p.createdAt)}</div>
                    <div className="text-xs text-zinc-500">by {p.createdBy ?? "a removed user"}</div>
                  </Td>
                  <Td className="whitespace-nowrap">
                    <div>{formatDateTime(p.updatedAt)}</div>
                    <div className="text-xs text-zinc-500">by {p.updatedBy ?? "a removed user"}</div>
                  </Td>
                  <Td>
                    {canEdit ? (
                      <div className="flex justify-end gap-2">
                        <Button size="sm" variant="secondary" onClick={() => setRenaming(p)} aria-label={`Rename ${p.title}`}>
                          Rename
                        </Button>
                        <Button
                          size="sm"
                          variant="secondary"
                          loading={duplicate.isPending && duplicate.variables?.id === p.id}
                          onClick={() => duplicate.mutate(p)}
                          aria-label={`Duplicate ${p.title}`}
                        >
                          Duplicate
                        </Button>
                        <Button size="sm" variant="danger-outline" onClick={() => setDeleting(p)} aria-label={`Delete ${p.title}`}>
                          Delete
                        </Button>
                      </div>
                    ) : null}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      {creating ? (
        <ProjectTitleDialog
          open
          mode="create"
          folders={folders}
          pending={create.isPending}
          error={create.isError ? errorMessage(create.error) : null}
          onSubmit={(v) => create.mutate(v)}
          onClose={() => {
            setCreating(false);
            create.reset();
          }}
        />
      ) : null}
      {renaming ? (
        <ProjectTitleDialog
          open
          mode="rename"
          initialTitle={renaming.title}
          folders={folders}
          pending={rename.isPending}
          error={rename.isError ? errorMessage(rename.error) : null}
          onSubmit={(v) => rename.mutate({ id: renaming.id, title: v.title })}
          onClose={() => {
            setRenaming(null);
            rename.reset();
          }}
        />
      ) : null}
      <ConfirmMutation
        target={deleting}
        mutation={remove}
        onDone={() => setDeleting(null)}
        title="Delete this project?"
        description={`“${deleting?.title ?? ""}” and its draft are removed for good. Videos already generated from it stay in Videos.`}
        confirmLabel="Delete project"
      />
    </>
  );
}
