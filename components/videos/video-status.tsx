import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { VideoRow } from "@/components/videos/queries";

const labels: Record<VideoRow["status"], { label: string; variant: BadgeVariant }> = {
  pending: { label: "Queued", variant: "neutral" },
  waiting: { label: "Waiting", variant: "warning" },
  processing: { label: "Rendering", variant: "accent" },
  completed: { label: "Completed", variant: "success" },
  failed: { label: "Failed", variant: "danger" },
};

// Status as people read it, with a progress bar while rendering.
export function VideoStatus({ video }: { video: VideoRow }) {
  const cancelled = video.status === "failed" && video.error?.code === "cancelled";
  const { label, variant } = cancelled ? { label: "Cancelled", variant: "neutral" as const } : labels[video.status];
  return (
    <div className="flex min-w-32 flex-col gap-1.5">
      <Badge variant={variant} className="self-start">
        {label}
        {video.status === "processing" ? ` ${video.progress}%` : null}
      </Badge>
      {video.status === "processing" ? (
        <div
          className="h-1.5 w-28 overflow-hidden rounded-full bg-zinc-100"
          role="progressbar"
          aria-label={`Rendering ${video.title ?? "video"}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={video.progress}
        >
          <div className="h-full rounded-full bg-accent-600 transition-[width] duration-500" style={{ width: `${video.progress}%` }} />
        </div>
      ) : null}
    </div>
  );
}
