"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { cx } from "@/components/ui/cx";
import { Dialog } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { errorMessage } from "@/components/lib/api-client";
import { shareVideo, unshareVideo, videoKeys, type VideoRow } from "@/components/videos/queries";

// The Videos table's share control, under the status: its on/off state at a glance; opens the dialog.
export function ShareToggle({ video, onClick }: { video: VideoRow; onClick: () => void }) {
  const on = video.shareUrl !== null;
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={`${on ? "Shared publicly" : "Share"}: ${video.title || video.id}`}
      data-shared={on}
      className={cx(
        "mt-1.5 flex items-center gap-1.5 rounded text-xs font-medium hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600",
        on ? "text-accent-700" : "text-zinc-600",
      )}
    >
      <span className={cx("size-1.5 rounded-full", on ? "bg-accent-600" : "bg-zinc-400")} aria-hidden />
      {on ? "Shared publicly" : "Share"}
    </button>
  );
}

// A video's public page: a switch to turn it on or off, the link to copy while it is on.
export function VideoShareDialog({ team, video, onClose }: { team: string; video: VideoRow; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [url, setUrl] = useState(video.shareUrl);
  const labelId = useId();
  const toggle = useMutation({
    mutationFn: (on: boolean) => (on ? shareVideo(team, video.id) : unshareVideo(team, video.id)),
    onSuccess: async (state) => {
      setUrl(state.share_url);
      await queryClient.invalidateQueries({ queryKey: videoKeys.all(team) });
    },
  });
  const on = url !== null;
  return (
    <Dialog
      open
      onClose={onClose}
      title={`Share ${video.title || "this video"}`}
      description="Anyone with the link can watch the video on a public page, without logging in. Turning sharing off breaks the link for good."
      footer={
        <Button variant="secondary" onClick={onClose}>
          Done
        </Button>
      }
    >
      <div className="space-y-4">
        <div className="flex items-center justify-between gap-4 rounded-lg border border-zinc-200 px-4 py-3">
          <div>
            <div id={labelId} className="text-sm font-medium text-zinc-900">
              Public page
            </div>
            <div className="text-xs text-zinc-600">
              {on ? "On: anyone with the link can watch." : "Off: only members of the team can see this video."}
            </div>
          </div>
          <button
            type="button"
            role="switch"
            aria-checked={on}
            aria-labelledby={labelId}
            disabled={toggle.isPending}
            onClick={() => toggle.mutate(!on)}
            className={cx(
              "relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600 disabled:opacity-60",
              on ? "bg-accent-600" : "bg-zinc-300",
            )}
          >
            <span
              className={cx(
                "inline-block size-5 rounded-full bg-white shadow transition-transform",
                on ? "translate-x-5.5" : "translate-x-0.5",
              )}
            />
          </button>
        </div>
        {toggle.isError ? <Alert variant="danger">{errorMessage(toggle.error)}</Alert> : null}
        {url ? (
          <div className="space-y-2">
            <label htmlFor={`${labelId}-url`} className="text-sm font-medium text-zinc-900">
              Link
            </label>
            <div className="flex gap-2">
              <Input id={`${labelId}-url`} readOnly value={url} className="font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
              <CopyButton value={url} label="Copy link" />
            </div>
            <div className="flex items-center justify-between gap-2">
              <a href={url} target="_blank" rel="noreferrer" className="text-sm font-medium text-accent-700 hover:underline">
                Open the public page
              </a>
              <Button size="sm" variant="danger-outline" loading={toggle.isPending} onClick={() => toggle.mutate(false)}>
                Stop sharing
              </Button>
            </div>
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}
