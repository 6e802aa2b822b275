"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { VideoIcon } from "@/components/ui/icons";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/components/lib/api-client";
import { formatDateTime } from "@/components/lib/format";
import { ConfirmMutation } from "@/components/members/confirm-dialog";
import { VideoStatus } from "@/components/videos/video-status";
import { cancelVideo, deleteVideo, type VideoRow } from "@/components/videos/queries";
import { fetchRenders, projectKeys, restoreRender, type ProjectDetail, type Render } from "@/components/projects/queries";

const done = (r: Render) => r.status === "completed" || r.status === "failed";
const asRow = (r: Render, title: string) => ({ ...r, title }) as unknown as VideoRow;

function duration(seconds: number | null): string {
  if (seconds === null) return "—";
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

// Every render of the project, newest first, polled every second while one is not finished.
export function RenderHistory({
  team,
  project,
  initial,
  canEdit,
  onRestored,
}: {
  team: string;
  project: ProjectDetail;
  initial: Render[];
  canEdit: boolean;
  onRestored: (p: ProjectDetail) => void;
}) {
  const qc = useQueryClient();
  const toast = useToast();
  const key = projectKeys.renders(team, project.id);
  const renders = useQuery({
    queryKey: key,
    queryFn: () => fetchRenders(team, project.id).then((r) => r.renders),
    initialData: initial,
    refetchInterval: (q) => ((q.state.data ?? []).some((r) => !done(r)) ? 1000 : false),
  });
  const [deleting, setDeleting] = useState<Render | null>(null);
  const [restoring, setRestoring] = useState<Render | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: key });
  const cancel = useMutation({
    mutationFn: (r: Render) => cancelVideo(team, r.id),
    onSuccess: refresh,
    onError: (e) => toast({ title: "Could not cancel", description: errorMessage(e) }),
  });
  const remove = useMutation({
    mutationFn: (r: Render) => deleteVideo(team, r.id),
    onSuccess: async () => {
      await refresh();
      setDeleting(null);
    },
  });
  const restore = useMutation({
    mutationFn: (r: Render) => restoreRender(team, project.id, r.id),
    onSuccess: (p) => {
      onRestored(p);
      setRestoring(null);
      toast({ title: "Version restored", description: "The draft now holds the scenes and settings of that render." });
    },
  });
  const rows = renders.data ?? [];

  return (
    <Card aria-label="Render history">
      <CardHeader title="History" description="Every video generated from this project, with live progress while it renders." />
      {renders.isError ? (
        <Alert variant="danger" className="m-4">
          {errorMessage(renders.error)}
        </Alert>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState
          icon={<VideoIcon className="size-5" />}
          title="No renders yet"
          description="Generate the project to see its video here."
        />
      ) : (
        <ul className="divide-y divide-zinc-100">
          {rows.map((r) => (
            <li
              key={r.id}
              className="grid gap-4 px-5 py-4 md:grid-cols-[minmax(0,22rem)_1fr]"
              data-render-id={r.id}
              data-status={r.status}
              data-progress={r.progress}
            >
              {r.files.video ? (
                <video
                  src={r.files.video}
                  poster={r.files.thumbnail}
                  controls
                  preload="metadata"
                  className="w-full rounded-md border border-zinc-200 bg-black"
                  aria-label={`Render of ${formatDateTime(r.createdAt)}`}
                >
                  {r.files.vtt ? <track kind="captions" src={r.files.vtt} srcLang="en" label="Captions" /> : null}
                </video>
              ) : r.files.thumbnail ? (
                // eslint-disable-next-line @next/next/no-img-element -- signed storage URL
                <img src={r.files.thumbnail} alt="" className="w-full rounded-md border border-zinc-200" />
              ) : (
                <div
                  className="flex aspect-video w-full items-center justify-center rounded-md border border-zinc-200 bg-zinc-50 text-zinc-400"
                  aria-hidden
                >
                  <VideoIcon className="size-6" />
                </div>
              )}
              <div className="space-y-2 text-sm">
                <VideoStatus video={asRow(r, project.title)} />
                {r.status === "pending" && r.queuePosition ? (
                  <div className="text-zinc-600">Position {r.queuePosition} in the queue</div>
                ) : null}
                {r.error && r.error.code !== "cancelled" ? <div className="text-red-700">{r.error.message}</div> : null}
                <div className="text-zinc-600">
                  {formatDateTime(r.createdAt)} · by {r.startedBy ?? "a removed user"} · length{" "}
                  <span className="tabular-nums">{duration(r.duration)}</span>
                </div>
                <div className="font-mono text-xs text-zinc-500">{r.id}</div>
                <div className="flex flex-wrap gap-2">
                  {r.files.video ? (
                    <a className={buttonClasses({ variant: "secondary", size: "sm" })} href={r.files.video} download>
                      MP4
                    </a>
                  ) : null}
                  {r.files.videoCaption ? (
                    <a className={buttonClasses({ variant: "secondary", size: "sm" })} href={r.files.videoCaption} download>
                      Captioned MP4
                    </a>
                  ) : null}
                  {r.files.srt ? (
                    <a className={buttonClasses({ variant: "secondary", size: "sm" })} href={r.files.srt} download>
                      SRT
                    </a>
                  ) : null}
                  {r.files.vtt ? (
                    <a className={buttonClasses({ variant: "secondary", size: "sm" })} href={r.files.vtt} download>
                      VTT
                    </a>
                  ) : null}
                  {canEdit && !done(r) ? (
                    <Button
                      size="sm"
                      variant="secondary"
                      loading={cancel.isPending && cancel.variables?.id === r.id}
                      onClick={() => cancel.mutate(r)}
                    >
                      Cancel
                    </Button>
                  ) : null}
                  {canEdit ? (
                    <Button size="sm" variant="secondary" onClick={() => setRestoring(r)}>
                      Restore into draft
                    </Button>
                  ) : null}
                  {canEdit ? (
                    <Button size="sm" variant="danger-outline" onClick={() => setDeleting(r)} aria-label={`Delete render ${r.id}`}>
                      Delete
                    </Button>
                  ) : null}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmMutation
        target={deleting}
        mutation={remove}
        onDone={() => setDeleting(null)}
        title="Delete this render?"
        description="The video and its files are removed for good. A render in progress is stopped."
        confirmLabel="Delete render"
      />
      <ConfirmMutation
        target={restoring}
        mutation={restore}
        onDone={() => setRestoring(null)}
        variant="primary"
        title="Restore this version?"
        description="The draft's scenes and settings are replaced by the ones this render was made from."
        confirmLabel="Restore into draft"
      />
    </Card>
  );
}
