"use client";

import Link from "next/link";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { KeyIcon, MoreIcon, TerminalIcon, VideoIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableHead, Td, Tr } from "@/components/ui/table";
import { Menu, MenuItem } from "@/components/ui/menu";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/components/lib/api-client";
import { formatDateTime } from "@/components/lib/format";
import { ConfirmMutation } from "@/components/members/confirm-dialog";
import {
  cancelVideo,
  deleteVideo,
  fetchVideos,
  isDone,
  liveInterval,
  NO_FILTERS,
  videoKeys,
  type FilterOptions,
  type VideoFilters,
  type VideoPage,
  type VideoRow,
} from "@/components/videos/queries";
import { Select } from "@/components/ui/select";
import { VideoDeliveriesDialog } from "@/components/videos/video-deliveries-dialog";
import { ShareToggle, VideoShareDialog } from "@/components/videos/video-share-dialog";
import { VideoStatus } from "@/components/videos/video-status";
import { VideoThumbnail } from "@/components/videos/video-thumbnail";
import { FolderOptions } from "@/components/folders/folder-options";

function creatorLabel(v: VideoRow): string {
  if (v.creator.kind === "user") return v.creator.name;
  if (v.creator.kind === "key") return `API key “${v.creator.name}”`;
  return "Removed user or key";
}

function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export function VideosPanel({
  team,
  initial,
  options,
  canManageKeys,
  canManageWebhooks,
}: {
  team: string;
  initial: VideoPage;
  options: FilterOptions;
  canManageKeys: boolean;
  canManageWebhooks: boolean;
}) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [deleting, setDeleting] = useState<VideoRow | null>(null);
  const [showingDeliveries, setShowingDeliveries] = useState<VideoRow | null>(null);
  const [sharing, setSharing] = useState<VideoRow | null>(null);
  const [filters, setFilters] = useState<VideoFilters>(NO_FILTERS);
  const filtered = filters.status !== "" || filters.folder !== "" || filters.creator !== "";
  const setFilter = (patch: Partial<VideoFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const videos = useInfiniteQuery({
    queryKey: [...videoKeys.all(team), filters],
    queryFn: ({ pageParam }) => fetchVideos(team, pageParam, filters),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.token,
    initialData: filtered ? undefined : { pages: [initial], pageParams: [null] },
    refetchInterval: (q) => liveInterval(q.state.data?.pages.flatMap((p) => p.videos) ?? []),
  });
  const rows = videos.data?.pages.flatMap((p) => p.videos) ?? [];
  const refresh = () => queryClient.invalidateQueries({ queryKey: videoKeys.all(team) });
  const cancel = useMutation({
    mutationFn: (v: VideoRow) => cancelVideo(team, v.id),
    onSuccess: async (_d, v) => {
      await refresh();
      toast({ title: "Video cancelled", description: `${v.title ?? "The video"} will not be rendered.` });
    },
    onError: (error) => toast({ title: "Could not cancel", description: errorMessage(error) }),
  });
  const remove = useMutation({
    mutationFn: (v: VideoRow) => deleteVideo(team, v.id),
    onSuccess: async (_d, v) => {
      await refresh();
      setDeleting(null);
      toast({ title: "Video deleted", description: `${v.title ?? "The video"} and its files are gone.` });
    },
  });

  return (
    <>
      <PageHeader
        title="Videos"
        description="Every video of this team, from the studio and from API keys, with live status while it renders."
        actions={
          <Link href={`/${team}/api-reference`} className={buttonClasses({ variant: "secondary" })}>
            <TerminalIcon className="size-4" />
            API reference
          </Link>
        }
      />
      {videos.isError ? (
        <Alert variant="danger" className="mb-4">
          {errorMessage(videos.error)}
        </Alert>
      ) : null}
      <div className="mb-4 flex flex-wrap gap-2" role="group" aria-label="Filter videos">
        <Select
          aria-label="Status"
          value={filters.status}
          onChange={(e) => setFilter({ status: e.target.value as VideoFilters["status"] })}
          className="max-w-48"
        >
          <option value="">All statuses</option>
          <option value="active">In progress</option>
          <option value="completed">Completed</option>
          <option value="failed">Failed</option>
        </Select>
        {options.folders.length > 0 ? (
          <Select aria-label="Folder" value={filters.folder} onChange={(e) => setFilter({ folder: e.target.value })} className="max-w-56">
            <option value="">All folders</option>
            <FolderOptions folders={options.folders} />
          </Select>
        ) : null}
        <Select aria-label="Made by" value={filters.creator} onChange={(e) => setFilter({ creator: e.target.value })} className="max-w-64">
          <option value="">Anyone</option>
          {options.creators.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </Select>
        {filtered ? (
          <Button variant="ghost" onClick={() => setFilters(NO_FILTERS)}>
            Clear filters
          </Button>
        ) : null}
      </div>
      <Card aria-label="Videos">
        {rows.length === 0 && filtered ? (
          <EmptyState
            icon={<VideoIcon className="size-5" />}
            title="No videos match"
            description="Try another status, folder or creator, or clear the filters."
          />
        ) : rows.length === 0 ? (
          <EmptyState
            icon={<VideoIcon className="size-5" />}
            title="No videos yet"
            description="Videos you generate with POST /v2/video/generate appear here, with their progress while they render."
          >
            {canManageKeys ? (
              <Link href={`/${team}/keys`} className={buttonClasses()}>
                <KeyIcon className="size-4" />
                Create an API key
              </Link>
            ) : null}
            <Link href={`/${team}/api-reference`} className={buttonClasses({ variant: "secondary" })}>
              Read the API reference
            </Link>
          </EmptyState>
        ) : (
          <Table>
            {/* Below 1280 px the length moves under the date, so the row's buttons stay in view. */}
            <TableHead columns={["Title", "Status", "Created", { label: "Length", className: "hidden xl:table-cell" }]} actions />
            <tbody>
              {rows.map((v) => (
                // data-status / data-progress: what the live-status e2e test measures.
                <Tr key={v.id} data-video-id={v.id} data-status={v.status} data-progress={v.progress}>
                  <Td className="w-full max-w-0">
                    <div className="flex items-center gap-3">
                      <VideoThumbnail video={v} />
                      <div className="min-w-0">
                        <div className="truncate font-medium text-zinc-900">{v.title || "Untitled video"}</div>
                        <div className="truncate font-mono text-xs text-zinc-500">{v.id}</div>
                        {v.error && v.error.code !== "cancelled" ? (
                          <div className="mt-1 text-xs text-red-700">{v.error.message}</div>
                        ) : null}
                      </div>
                    </div>
                  </Td>
                  <Td>
                    <VideoStatus video={v} />
                    {v.status === "completed" ? <ShareToggle video={v} onClick={() => setSharing(v)} /> : null}
                  </Td>
                  <Td className="whitespace-nowrap">
                    <div>{formatDateTime(v.createdAt)}</div>
                    <div className="text-xs text-zinc-500">
                      by {creatorLabel(v)}
                      {v.duration ? <span className="tabular-nums xl:hidden"> · {formatDuration(v.duration)}</span> : null}
                    </div>
                  </Td>
                  <Td className="hidden tabular-nums xl:table-cell">{formatDuration(v.duration)}</Td>
                  <Td>
                    <div className="flex items-center justify-end gap-2">
                      {v.videoUrl ? (
                        <a
                          href={v.videoUrl}
                          target="_blank"
                          rel="noreferrer"
                          className={buttonClasses({ variant: "secondary", size: "sm" })}
                          aria-label={`Watch ${v.title || v.id}`}
                        >
                          Watch
                        </a>
                      ) : null}
                      {!isDone(v) ? (
                        <Button
                          size="sm"
                          variant="secondary"
                          loading={cancel.isPending && cancel.variables?.id === v.id}
                          onClick={() => cancel.mutate(v)}
                        >
                          Cancel
                        </Button>
                      ) : null}
                      {/* The rarer actions in a menu, so the row fits a laptop screen. */}
                      <Menu
                        label={`Actions for ${v.title || v.id}`}
                        align="end"
                        buttonClassName="rounded-md p-1.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-accent-600"
                        button={
                          <>
                            <MoreIcon className="size-4" />
                            <span className="sr-only">Actions for {v.title || v.id}</span>
                          </>
                        }
                      >
                        {isDone(v) ? <MenuItem onSelect={() => setShowingDeliveries(v)}>Webhook deliveries</MenuItem> : null}
                        <MenuItem onSelect={() => setDeleting(v)} className="text-red-700">
                          Delete video
                        </MenuItem>
                      </Menu>
                    </div>
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
        {videos.hasNextPage ? (
          <div className="flex justify-center border-t border-zinc-100 p-3">
            <Button variant="ghost" loading={videos.isFetchingNextPage} onClick={() => videos.fetchNextPage()}>
              Show older videos
            </Button>
          </div>
        ) : null}
      </Card>
      {sharing ? <VideoShareDialog team={team} video={sharing} onClose={() => setSharing(null)} /> : null}
      {showingDeliveries ? (
        <VideoDeliveriesDialog
          team={team}
          video={showingDeliveries}
          canManage={canManageWebhooks}
          onClose={() => setShowingDeliveries(null)}
        />
      ) : null}
      <ConfirmMutation
        target={deleting}
        mutation={remove}
        onDone={() => setDeleting(null)}
        title="Delete this video?"
        description={`${deleting?.title || "The video"} and its files are removed for good. A render in progress is stopped.`}
        confirmLabel="Delete video"
      />
    </>
  );
}
