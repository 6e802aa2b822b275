import type { AssetView } from "@/components/assets/queries";

const MB = 1024 * 1024;

// Client-side twin of lib/assets/media-types.ts sizeLimits, so an oversized file is refused before it is sent.
const clientLimits = { image: 50 * MB, video: 100 * MB, audio: 50 * MB } as const;
export const acceptAttribute = "image/png,image/jpeg,image/webp,video/mp4,video/webm,audio/mpeg,audio/wav,audio/x-wav,.mp3,.wav";

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MB) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}

function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  if (total < 60) return seconds < 10 ? `${seconds.toFixed(1)} s` : `${total} s`;
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

// "PNG · 64×48 · 1.2 KB", "MP3 · 0:42 · 640 KB"
export function describeAsset(asset: AssetView): string {
  const format = asset.mime_type.split("/")[1]?.replace("mpeg", "mp3").toUpperCase() ?? asset.file_type;
  const parts = [format];
  if (asset.width && asset.height) parts.push(`${asset.width}×${asset.height}`);
  if (asset.duration) parts.push(formatDuration(asset.duration));
  parts.push(formatBytes(asset.size_bytes));
  return parts.join(" · ");
}

// Refuses before uploading what the server would refuse after: too big for its kind (by the browser's guess).
export function precheck(file: File): string | null {
  const kind = file.type.startsWith("image/") ? "image" : file.type.startsWith("audio/") ? "audio" : "video";
  const limit = clientLimits[kind];
  if (file.size === 0) return `${file.name} is empty. Choose the file again.`;
  if (file.size > limit) {
    return `${file.name} is ${formatBytes(file.size)}; ${kind === "video" ? "videos" : `${kind}s`} can be at most ${formatBytes(limit)}. Compress it or export a smaller version, then upload again.`;
  }
  return null;
}
