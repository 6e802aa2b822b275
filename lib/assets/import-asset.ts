import "server-only";
import type { Readable } from "node:stream";
import { Invalid, TooLarge } from "@/lib/errors";
import type { Asset } from "@/lib/generated/prisma/client";
import { dispositionFilename } from "@/lib/assets/asset-name";
import { FetchError } from "@/lib/assets/fetch-error";
import { guardedFetch } from "@/lib/assets/fetch-guard";
import { maxUploadBytes } from "@/lib/assets/media-types";
import { RAW_EMPTY, type UploadSource } from "@/lib/assets/receive-upload";
import { assetImportBody } from "@/lib/assets/schemas";
import { uploadAsset, type UploadInput } from "@/lib/assets/upload-asset";
import { ownFileLink } from "@/lib/storage/own-file-link";
import { storage } from "@/lib/storage/storage";
import { zodInvalid } from "@/lib/validation/zod-invalid";

// The whole download, body included; a file of the largest size needs about 7 Mbit/s.
const IMPORT_TIMEOUT_MS = 120_000;

const EMPTY = "answered an empty body; give the URL of a PNG, JPEG, WebP, MP4, WebM, MP3 or WAV file";

// A name from the URL's last path segment ("…/intro%20music.mp3" -> "intro music.mp3"), when it has one.
function urlFilename(url: string): string | null {
  const segment = new URL(url).pathname.split("/").pop() ?? "";
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a broken escape: the segment as it is
  }
}

// A name the download suggests is only a suggestion: what a stored name may not hold is dropped, never refused.
const suggested = (value: string | null): UploadSource["filename"] => ({
  value: value?.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 255) || null,
  field: "url",
});

// The bytes behind the URL: one of this server's own signed file links is read from storage (it works even
// when APP_URL is an address the guard refuses); any other URL is fetched through the guard.
async function open(url: string): Promise<{ source: UploadSource; body: Readable }> {
  const own = await ownFileLink(url);
  if (own && "refused" in own) throw Invalid.field("url", own.refused);
  if (own) {
    const [body, stat] = await Promise.all([storage().get(own.key), storage().stat(own.key)]);
    if (!body || !stat) throw Invalid.field("url", "points at a file that no longer exists");
    const source = { body, declaredBytes: stat.size, filename: suggested(urlFilename(url)), empty: { field: "url", message: EMPTY } };
    return { source, body };
  }
  const res = await guardedFetch(url, { maxBytes: maxUploadBytes, timeoutMs: IMPORT_TIMEOUT_MS });
  if (res.status < 200 || res.status > 299) {
    res.body.destroy();
    throw new FetchError("asset_unreachable", `Could not fetch ${res.url}: it answered HTTP ${res.status}.`, res.url);
  }
  const declared = Number(res.headers["content-length"] ?? "");
  const source: UploadSource = {
    body: res.body,
    declaredBytes: Number.isFinite(declared) && res.headers["content-length"] !== undefined ? declared : null,
    filename: suggested(dispositionFilename(res.headers["content-disposition"] ?? null) ?? urlFilename(res.url)),
    empty: { field: "url", message: EMPTY },
  };
  return { source, body: res.body };
}

// A failed download as the client's error: too large is a 413, anything else a 400 naming url with the reason.
function asClientError(error: unknown): unknown {
  if (!(error instanceof FetchError)) return error;
  return error.code === "asset_too_large" ? new TooLarge(error.message) : Invalid.field("url", error.message);
}

/**
 * POST /v1/asset with JSON {"url"} (`request`, the parsed body; undefined when empty): the file at that URL,
 * downloaded through the fetch guard (http and https only, no private or link-local address unless
 * ALLOWED_FETCH_HOSTS lists it, bounded in size and time) and stored exactly as uploaded bytes are: typed by
 * its content, limited by its type, probed, recorded.
 */
export async function importAsset(input: Omit<UploadInput, "source"> & { request: unknown }): Promise<Asset> {
  if (input.request === undefined) throw Invalid.field("body", RAW_EMPTY);
  const parsed = assetImportBody.safeParse(input.request);
  if (!parsed.success) throw zodInvalid(parsed.error);
  const { url, name } = parsed.data;
  // Asked for first, as an upload does, so a provider that cannot be used costs no download.
  const provider = await input.provider();
  let opened: Awaited<ReturnType<typeof open>> | null = null;
  try {
    opened = await open(url);
    return await uploadAsset({ ...input, name: input.name ?? name, source: opened.source, provider: async () => provider });
  } catch (error) {
    throw asClientError(error);
  } finally {
    // Frees the connection (or the file) when the upload stopped before the end.
    opened?.body.destroy();
  }
}
