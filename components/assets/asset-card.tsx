"use client";

import Image from "next/image";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { TrashIcon } from "@/components/ui/icons";
import { formatDate } from "@/components/lib/format";
import { describeAsset } from "@/components/assets/format-asset";
import type { AssetView } from "@/components/assets/queries";

function AudioGlyph() {
  return (
    <svg
      viewBox="0 0 48 24"
      className="h-8 w-16 text-accent-500"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      aria-hidden
    >
      {[6, 14, 10, 20, 12, 18, 8, 16, 6].map((h, i) => (
        <path key={i} d={`M${4 + i * 5} ${12 - h / 2}v${h}`} />
      ))}
    </svg>
  );
}

// The preview: images as thumbnails, videos in an inline player (first frame as poster), audio with a player.
function Preview({ asset }: { asset: AssetView }) {
  if (asset.file_type === "image") {
    return (
      // Signed links already point at the file itself; Next's optimiser would only fetch it again.
      <Image
        src={asset.url}
        alt={asset.name}
        fill
        unoptimized
        sizes="(min-width: 1280px) 25vw, (min-width: 640px) 50vw, 100vw"
        className="object-contain"
      />
    );
  }
  if (asset.file_type === "video") {
    return (
      <video
        src={`${asset.url}#t=0.1`}
        controls
        muted
        playsInline
        preload="metadata"
        aria-label={`Preview of ${asset.name}`}
        className="size-full bg-zinc-950 object-contain"
      />
    );
  }
  return (
    <div className="flex size-full flex-col items-center justify-center gap-4 bg-gradient-to-b from-accent-50 to-white px-4">
      <AudioGlyph />
      <audio src={asset.url} controls preload="metadata" aria-label={`Play ${asset.name}`} className="h-9 w-full" />
    </div>
  );
}

export function AssetCard({ asset, onDelete }: { asset: AssetView; onDelete: (asset: AssetView) => void }) {
  const created = new Date(asset.created_ts * 1000).toISOString();
  return (
    <article
      data-testid="asset-card"
      aria-label={asset.name}
      className="flex h-full flex-col overflow-hidden rounded-lg border border-zinc-200 bg-white shadow-xs"
    >
      <div className="relative aspect-video border-b border-zinc-200 bg-zinc-50">
        <Preview asset={asset} />
      </div>
      <div className="flex flex-1 items-start gap-2 px-3.5 pt-3 pb-2.5">
        <div className="min-w-0 flex-1 space-y-0.5">
          <h3 className="truncate text-sm font-medium text-zinc-900" title={asset.name}>
            {asset.name}
          </h3>
          <p className="text-xs text-zinc-600">{describeAsset(asset)}</p>
          <p className="text-xs text-zinc-500">
            Added <time dateTime={created}>{formatDate(created)}</time>
          </p>
        </div>
        <Button
          variant="ghost"
          size="sm"
          onClick={() => onDelete(asset)}
          aria-label={`Delete ${asset.name}`}
          className="-mt-1 -mr-1.5 px-2 text-zinc-500 hover:text-red-700"
        >
          <TrashIcon className="size-4" />
        </Button>
      </div>
      <div className="flex items-center justify-between gap-2 border-t border-zinc-100 bg-zinc-50/60 py-1.5 pr-2 pl-3.5">
        <code className="truncate font-mono text-[11.5px] text-zinc-500" title="Asset ID, for API requests">
          {asset.id}
        </code>
        <CopyButton value={asset.id} label="Copy ID" variant="ghost" size="sm" className="h-7 shrink-0 px-2 text-xs" />
      </div>
    </article>
  );
}
