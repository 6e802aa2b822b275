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
    <svg viewBox="0 0 48 24" className="h-8 w-16 text-accent-500" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" aria-hidden>
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
      // Signed links are already the smallest we have; Next's optimiser would only re-fetch them.
      <Image src={asset.url} alt={asset.name} fill unoptimized sizes="(min-width: 1280px) 25vw, (min-width: 640px) 50vw, 100vw" className="object-contain" />
    );
  }
  if (asset.file_type === "video") {
    return <video src={`${asset.url}#t=0.1`} controls muted playsInline preload="metadata" aria-label={`Preview of ${asset.name}`} className="size-full bg-zinc-950 object-contain" />;
  }
  return (
    <div className="flex size-full flex-col items-center justify-center gap-4 bg-gradient-to-b from-accent-50 to-white px-4">
      <AudioGlyph />
      <audio src={asset.url} controls preload="none" aria-label={`Play ${asset.name}`} className="h-9 w-full" />
    </div>
  );
}

export function AssetCard({ asset, onDelete }: { asset: AssetView; onDelete: (asset: AssetView) => void }) {
  return (
    <article data-testid="asset-card" aria-label={asset.name} className="flex flex-col overflow-hidden rounded-lg border border-zinc-200 bg-white shadow-xs">
      <div className="relative aspect-video border-b border-zinc-200 bg-zinc-50">
        <Preview asset={asset} />
      </div>
      <div className="flex items-start gap-2 px-3.5 pt-3 pb-3.5">
        <div className="min-w-0 flex-1 space-y-0.5">
          <h3 className="truncate text-sm font-medium text-zinc-900" title={asset.name}>
            {asset.name}
          </h3>
          <p className="text-xs text-zinc-600">{describeAsset(asset)}</p>
          <p className="text-xs text-zinc-500">
            Added <time dateTime={new Date(asset.created_ts * 1000).toISOString()}>{formatDate(new Date(asset.created_ts * 1000).toISOString())}</time>
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-1">
          <CopyButton value={asset.id} label="Copy ID" variant="ghost" size="sm" />
          <Button variant="ghost" size="sm" onClick={() => onDelete(asset)} aria-label={`Delete ${asset.name}`} className="px-2 text-zinc-600 hover:text-red-700">
            <TrashIcon className="size-4" />
          </Button>
        </div>
      </div>
    </article>
  );
}
