import { VideoIcon } from "@/components/ui/icons";
import type { VideoRow } from "@/components/videos/queries";

// A 16:9 preview of a rendered video, or a quiet placeholder while it is queued, rendering or failed.
export function VideoThumbnail({ video }: { video: VideoRow }) {
  if (video.thumbnailUrl) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- signed storage URLs, not optimisable by next/image
      <img src={video.thumbnailUrl} alt="" className="h-12 w-[85px] shrink-0 rounded-md border border-zinc-200 bg-zinc-100 object-cover" />
    );
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
