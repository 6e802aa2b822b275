import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Asset } from "@/lib/generated/prisma/client";
import { storage } from "@/lib/storage/storage";
import type { VideoRequest } from "@/lib/contract/schema";
import { describeUpstream, heygenRequest, uploadBaseUrl, UpstreamError, type HeygenAccess } from "@/lib/generation/heygen/client";

// An asset of a HeyGen team lives in both places: our storage (the dashboard, the asset list, previews and
// the team's history keep working, whatever the provider) and the upstream, whose id a forwarded request
// must name. Uploads stream from storage; nothing is held in memory.

const uploaded = z.looseObject({ id: z.string().min(1).optional(), asset_id: z.string().min(1).optional() });

const UPLOAD_TIMEOUT_MS = 10 * 60_000;

/** Uploads the asset's bytes to the upstream (POST /v1/asset, raw body) and records the upstream's id. */
export async function uploadAssetUpstream(access: HeygenAccess, asset: Asset): Promise<Asset> {
  const body = await storage().get(asset.storageKey);
  if (!body) throw new Error(`asset ${asset.id} has no stored file (${asset.storageKey})`);
  const data = uploaded.parse(
    (await heygenRequest(access, "POST", "/v1/asset", {
      base: uploadBaseUrl(access.baseUrl),
      body,
      contentType: asset.mimeType,
      contentLength: asset.sizeBytes,
      timeoutMs: UPLOAD_TIMEOUT_MS,
    })) ?? {},
  );
  const id = data.id ?? data.asset_id;
  if (!id) throw new UpstreamError(502, null, "the upload answer has no asset id", describeUpstream(access.baseUrl));
  return db().asset.update({ where: { id: asset.id }, data: { upstreamAssetId: id, upstreamBaseUrl: access.baseUrl } });
}

/** Every asset id a request names (backgrounds and audio voices). */
function requestAssetIds(request: VideoRequest): string[] {
  const ids = request.video_inputs.flatMap(({ background: bg, voice }) => [
    bg?.type === "image" ? bg.image_asset_id : bg?.type === "video" ? bg.video_asset_id : undefined,
    voice.type === "audio" ? voice.audio_asset_id : undefined,
  ]);
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/**
 * Our asset ids -> the upstream's, for a request about to be forwarded. Assets uploaded before the team switched
 * to HeyGen (or to another base URL) are uploaded now.
 */
export async function upstreamAssetIds(access: HeygenAccess, request: VideoRequest): Promise<Map<string, string>> {
  const ids = requestAssetIds(request);
  const map = new Map<string, string>();
  if (!ids.length) return map;
  const assets = await db().asset.findMany({ where: { teamId: access.teamId, id: { in: ids } } });
  for (const asset of assets) {
    const current = asset.upstreamAssetId && asset.upstreamBaseUrl === access.baseUrl ? asset : await uploadAssetUpstream(access, asset);
    map.set(asset.id, current.upstreamAssetId!);
  }
  return map;
}
