import "server-only";
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { db } from "@/lib/db";
import { fetchToFile } from "@/lib/assets/fetch-to-file";
import { labelsByKind, type AssetKind, type MediaType } from "@/lib/assets/media-types";
import { describeSniffed, sniffFile } from "@/lib/assets/sniff-media-type";
import { storage } from "@/lib/storage/storage";
import { ownFileLink, type OwnLink } from "@/lib/storage/own-file-link";
import { RenderFailure } from "@/lib/render/failure";
import type { MediaFile } from "@/lib/render/ffmpeg";
import { fetchFailure } from "./fetch-failure";

export type MediaSource = { url: string } | { assetId: string };
export type MediaFileOptions = {
  teamId: string;
  // Where the file goes (in the job's work directory); it has no extension: its type comes from its bytes.
  file: string;
  maxBytes: number;
  timeoutMs?: number;
  signal?: AbortSignal;
  // Hosts that may resolve to private addresses (tests, trusted internal storage); default ALLOWED_FETCH_HOSTS.
  allowedHosts?: readonly string[];
};

const nouns: Record<AssetKind, string> = { image: "an image", video: "a video", audio: "audio" };

// A stored file copied to `file`, refused when missing or over the size limit (its size from `size`, else storage).
async function storedToFile(key: string | null, size: number | null, opts: MediaFileOptions, say: { missing: string; tooLarge: string }) {
  const bytes = key === null ? null : (size ?? (await storage().stat(key))?.size ?? null);
  const stream = key !== null && bytes !== null ? await storage().get(key) : null;
  if (!stream || bytes === null) throw new RenderFailure("asset_unreachable", say.missing, true);
  if (bytes > opts.maxBytes) {
    stream.destroy();
    throw new RenderFailure("asset_too_large", say.tooLarge, true);
  }
  await pipeline(stream, createWriteStream(opts.file));
}

// The team's stored asset copied to `file`; someone else's asset reads like a missing one.
async function assetToFile(assetId: string, kind: AssetKind, opts: MediaFileOptions): Promise<void> {
  const asset = await db().asset.findFirst({ where: { id: assetId, teamId: opts.teamId }, select: { storageKey: true, sizeBytes: true } });
  await storedToFile(asset?.storageKey ?? null, asset?.sizeBytes ?? null, opts, {
    missing: `The ${kind} asset ${assetId} no longer exists; upload it again.`,
    tooLarge: `Asset ${assetId} is larger than the limit.`,
  });
}

// One of this server's own signed file links, read from storage rather than over the network.
async function ownLinkToFile(own: NonNullable<OwnLink>, what: string, opts: MediaFileOptions): Promise<void> {
  if ("refused" in own) throw new RenderFailure("asset_unreachable", `The ${what} URL is one of our file links: ${own.refused}`, true);
  await storedToFile(own.key, null, opts, {
    missing: `The ${what} URL points at a file that no longer exists.`,
    tooLarge: `The ${what} is larger than the limit.`,
  });
}

/**
 * A scene's media (a voice recording, a background picture or video) as a local file of a known type: a URL
 * downloaded through the guard (one of our own signed file links read from storage instead), or the team's
 * stored asset. Its first bytes must be one of the types uploads
 * accept, of the kind the scene uses it as, exactly as for uploads; ffmpeg then reads it with that type's
 * demuxer only, so a playlist (HLS, ffconcat) served as "audio" never reaches a demuxer that opens other files.
 */
export async function mediaFile(
  source: MediaSource,
  kind: AssetKind,
  what: string,
  opts: MediaFileOptions,
): Promise<MediaFile & { type: MediaType }> {
  try {
    const own = "url" in source ? await ownFileLink(source.url) : null;
    if ("assetId" in source) await assetToFile(source.assetId, kind, opts);
    else if (own) await ownLinkToFile(own, what, opts);
    else
      await fetchToFile(source.url, opts.file, {
        maxBytes: opts.maxBytes,
        timeoutMs: opts.timeoutMs ?? 60_000,
        signal: opts.signal,
        allowedHosts: opts.allowedHosts,
      });
  } catch (error) {
    throw fetchFailure(error, what);
  }
  const sniffed = await sniffFile(opts.file);
  if (sniffed.type?.kind !== kind) {
    throw new RenderFailure(
      "media_undecodable",
      `The ${what} is ${describeSniffed(sniffed)}, not ${nouns[kind]} we can use; give ${labelsByKind[kind]}.`,
      true,
    );
  }
  return { path: opts.file, demuxer: sniffed.type.demuxer, type: sniffed.type };
}
