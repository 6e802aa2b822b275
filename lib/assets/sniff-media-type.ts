import "server-only";
import { open } from "node:fs/promises";
import { fileTypeFromBuffer } from "file-type";
import { UnsupportedMedia } from "@/lib/errors";
import { allowedLabels, mediaType, type MediaType } from "@/lib/assets/media-types";

// file-type reads at most this many bytes to decide (its own stream sample size).
export const SNIFF_BYTES = 4100;

// What the first bytes are: one of the accepted types, or what they were recognised as (nothing for text,
// playlists and formats file-type does not know).
export type Sniffed = { type: MediaType } | { type: null; detected?: { ext: string; mime: string } };

async function detectMediaType(head: Uint8Array): Promise<Sniffed> {
  const detected = head.length ? await fileTypeFromBuffer(head) : undefined;
  const type = mediaType(detected?.mime);
  if (type) return { type };
  return { type: null, detected: detected && { ext: detected.ext, mime: detected.mime } };
}

// The same for a file on disk (a download, a stored asset), from its first bytes.
export async function sniffFile(file: string): Promise<Sniffed> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    return await detectMediaType(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

// "a PDF (application/pdf)" or "text or an unsupported format", for messages a person reads.
export function describeSniffed(sniffed: Sniffed): string {
  if (sniffed.type) return `a ${sniffed.type.label} (${sniffed.type.mime})`;
  return sniffed.detected ? `a ${sniffed.detected.ext.toUpperCase()} (${sniffed.detected.mime})` : "text or an unsupported format";
}

export const unsupportedMediaType = (message: string) => new UnsupportedMedia(message);

// The type of an upload from its first bytes; whatever the client declared is ignored. Anything not on
// the list is a 415 naming what the content is and what is accepted.
export async function sniffMediaType(head: Uint8Array): Promise<MediaType> {
  const sniffed = await detectMediaType(head);
  if (sniffed.type) return sniffed.type;
  const allowed = `upload ${allowedLabels}.`;
  if (!sniffed.detected) {
    throw unsupportedMediaType(`The file's type could not be recognised from its content (text or an unsupported format); ${allowed}`);
  }
  throw unsupportedMediaType(`That file is ${describeSniffed(sniffed)}; ${allowed}`);
}
