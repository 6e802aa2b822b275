import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { ApiError } from "@/lib/api/errors";
import { allowedLabels, mediaType, type MediaType } from "@/lib/assets/media-types";

// file-type reads at most this many bytes to decide (its own stream sample size).
export const SNIFF_BYTES = 4100;

export const unsupportedMediaType = (message: string) => new ApiError(415, "unsupported_media_type", message);

// The type of an upload from its first bytes; whatever the client declared is ignored. Anything not on
// the list is a 415 naming what the content is and what is accepted.
export async function sniffMediaType(head: Uint8Array): Promise<MediaType> {
  const detected = head.length ? await fileTypeFromBuffer(head) : undefined;
  const type = mediaType(detected?.mime);
  if (type) return type;
  const allowed = `upload ${allowedLabels}.`;
  if (!detected) {
    throw unsupportedMediaType(`The file's type could not be recognised from its content (text or an unsupported format); ${allowed}`);
  }
  throw unsupportedMediaType(`That file is a ${detected.ext.toUpperCase()} (${detected.mime}); ${allowed}`);
}
