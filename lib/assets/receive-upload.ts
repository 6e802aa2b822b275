import "server-only";
import { Invalid } from "@/lib/errors";
import type { SentName } from "@/lib/assets/asset-name";
import { dispositionFilename } from "@/lib/assets/asset-name";
import type { MediaType } from "@/lib/assets/media-types";
import { readHead } from "@/lib/assets/read-head";
import { SNIFF_BYTES, sniffMediaType } from "@/lib/assets/sniff-media-type";
import { scratchFile } from "@/lib/storage/scratch-file";
import { StorageLimitError } from "@/lib/storage/storage-errors";
import { streamToFile } from "@/lib/storage/stream-to-file";

/**
 * Where an upload's bytes come from: a raw request body (POST /v1/asset), a multipart form's file part
 * (POST /v3/assets), a download (POST /v1/asset with JSON {url}). Every kind goes through receiveUpload.
 */
export type UploadSource = {
  // The bytes; null when the request carried none.
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | null;
  // The size announced for exactly these bytes (a raw body's Content-Length), for a 413 before reading them.
  declaredBytes: number | null;
  filename: SentName;
  // The field named when there are no bytes, and what to say about it ("is empty; send ...").
  empty: { field: string; message: string };
  // Settles once whatever carried the bytes has ended, rejecting when it turns out wrong (a form with a second
  // file after this one); awaited after the bytes are on disk and before anything is kept.
  finished?: () => Promise<void>;
};

// How many bytes an upload of a given type may have, and the error past that.
export type UploadLimit = { bytes: number; exceeded: () => Error };

export type ReceivedUpload = { type: MediaType; path: string; size: number };

// What POST /v1/asset takes, said when its body is empty.
export const RAW_EMPTY = `is empty; send the file's bytes as the request body with its Content-Type, or JSON {"url": "https://..."} to import it from a URL`;

// A raw request body: its Content-Length and Content-Disposition filename are the sender's word on it.
export function rawBodySource(body: ReadableStream<Uint8Array> | null, headers: Headers, empty = RAW_EMPTY): UploadSource {
  const declared = Number(headers.get("content-length") ?? "");
  return {
    body,
    declaredBytes: Number.isFinite(declared) && headers.has("content-length") ? declared : null,
    filename: { value: dispositionFilename(headers.get("content-disposition")), field: "Content-Disposition filename" },
    empty: { field: "body", message: empty },
  };
}

/**
 * An upload's bytes in a local scratch file, never held in memory: typed by their first bytes (whatever the
 * sender claimed), limited by `limitFor` (which may also refuse the type), streamed to disk up to that
 * limit. `keep` gets the file (to move into storage, or analyse); it is removed afterwards, whatever
 * happens. A refusal may leave the body unread; the route wrapper then closes the connection.
 */
export async function receiveUpload<T>(
  source: UploadSource,
  limitFor: (type: MediaType) => Promise<UploadLimit>,
  keep: (upload: ReceivedUpload) => Promise<T>,
): Promise<T> {
  const empty = () => Invalid.field(source.empty.field, source.empty.message);
  if (!source.body) throw empty();
  const split = await readHead(source.body, SNIFF_BYTES);
  try {
    if (split.head.length === 0) throw empty();
    const type = await sniffMediaType(split.head);
    const limit = await limitFor(type);
    if ((source.declaredBytes ?? 0) > limit.bytes) throw limit.exceeded();
    const scratch = await scratchFile(`.${type.ext}`);
    try {
      const size = await streamToFile(split.rest, scratch.path, { maxBytes: limit.bytes }).catch((error: unknown) => {
        throw error instanceof StorageLimitError ? limit.exceeded() : error;
      });
      await source.finished?.();
      return await keep({ type, path: scratch.path, size });
    } finally {
      await scratch.remove();
    }
  } finally {
    split.release();
  }
}
