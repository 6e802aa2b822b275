import "server-only";
import { Readable } from "node:stream";
import { Forbidden, NotFound } from "@/lib/errors";
import { rangeReply } from "@/lib/storage/byte-range";
import { contentType } from "@/lib/storage/content-type";
import { verifySignedUrl } from "@/lib/storage/signed-url";
import { storage } from "@/lib/storage/storage";
import { isStorageKey } from "@/lib/storage/storage-key";

const PREFIX = "/api/files/";

const forbiddenLink = (message: string) => new Forbidden(message);

// The answer to a signed file link: 403 for a bad or expired signature, 404 for a missing file, 206 for
// one byte range, else the whole file. Always streamed from storage, never buffered.
export async function serveFile(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const key = url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) : "";
  // Keys are URL-safe as they are: anything escaped is not one of ours.
  if (!isStorageKey(key)) throw new NotFound("The file");
  const check = await verifySignedUrl(key, url.searchParams.get("exp"), url.searchParams.get("sig"));
  if (check === "expired") throw forbiddenLink("This file link has expired; ask the API for a fresh URL.");
  if (check !== "valid") throw forbiddenLink("This file link is not valid: its signature does not match.");
  return serveStoredFile(req, key, "private, max-age=3600, no-transform");
}

/**
 * A stored file as the answer to `req`, whoever decided it may be seen (a signed link, a share page's token):
 * byte ranges, its content type, never run as a document. `cacheControl`: how long browsers may keep it.
 */
export async function serveStoredFile(req: Request, key: string, cacheControl: string): Promise<Response> {
  const info = await storage().stat(key);
  if (!info) throw new NotFound("The file");
  const headers: Record<string, string> = {
    "Content-Type": contentType(key),
    "Accept-Ranges": "bytes",
    "Last-Modified": info.modifiedAt.toUTCString(),
    // no-transform (in every caller's cacheControl): Next would gzip text files (captions) over 1 KB, and byte
    // ranges and the length would then no longer describe what is sent.
    "Cache-Control": cacheControl,
    "X-Content-Type-Options": "nosniff",
    // Uploaded bytes are served from our origin: never let one run as a document.
    "Content-Security-Policy": "default-src 'none'; sandbox",
  };
  const { status, range, length, headers: ranged } = rangeReply(req.headers.get("range"), info.size);
  Object.assign(headers, ranged);
  if (req.method === "HEAD" || length === 0) return new Response(null, { status, headers });

  const stream = await storage().get(key, range);
  if (!stream) throw new NotFound("The file");
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status, headers });
}
