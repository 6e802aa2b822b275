import "server-only";
import type { Asset } from "@/lib/generated/prisma/client";
import { signedUrl } from "@/lib/storage/signed-url";

export type AssetView = {
  id: string;
  name: string;
  file_type: "image" | "video" | "audio";
  url: string;
  created_ts: number;
  // Beyond HeyGen's fields: what the content turned out to be.
  mime_type: string;
  size_bytes: number;
  width?: number;
  height?: number;
  duration?: number;
};

// An asset as the API answers it, with a freshly signed URL (valid 7 days).
export async function presentAsset(asset: Asset): Promise<AssetView> {
  return {
    id: asset.id,
    name: asset.name,
    file_type: asset.type,
    url: await signedUrl(asset.storageKey),
    created_ts: Math.floor(asset.createdAt.getTime() / 1000),
    mime_type: asset.mimeType,
    size_bytes: asset.sizeBytes,
    ...(asset.width !== null ? { width: asset.width } : {}),
    ...(asset.height !== null ? { height: asset.height } : {}),
    ...(asset.duration !== null ? { duration: asset.duration } : {}),
  };
}

// An asset as HeyGen v3 answers an upload (HEYGEN-V3.md 6.1), with the same kind of signed URL.
export async function presentV3Asset(asset: Asset): Promise<{ asset_id: string; url: string; mime_type: string; size_bytes: number }> {
  return { asset_id: asset.id, url: await signedUrl(asset.storageKey), mime_type: asset.mimeType, size_bytes: asset.sizeBytes };
}
