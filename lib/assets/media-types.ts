export type AssetKind = "image" | "video" | "audio";

export type MediaType = { mime: string; ext: string; kind: AssetKind; label: string };

const MB = 1024 * 1024;

// What POST /v1/asset accepts, by the MIME type that file-type reports for the content. Several names of
// the same format (WAV) map to one canonical MIME type.
const accepted: Record<string, MediaType> = {
  "image/jpeg": { mime: "image/jpeg", ext: "jpg", kind: "image", label: "JPEG" },
  "image/png": { mime: "image/png", ext: "png", kind: "image", label: "PNG" },
  "image/webp": { mime: "image/webp", ext: "webp", kind: "image", label: "WebP" },
  // file-type says video/mp4 for the ISO brands that are MP4 (isom, mp41, mp42, avc1, ...), not for QuickTime.
  "video/mp4": { mime: "video/mp4", ext: "mp4", kind: "video", label: "MP4" },
  "video/webm": { mime: "video/webm", ext: "webm", kind: "video", label: "WebM" },
  "audio/mpeg": { mime: "audio/mpeg", ext: "mp3", kind: "audio", label: "MP3" },
  "audio/wav": { mime: "audio/wav", ext: "wav", kind: "audio", label: "WAV" },
  "audio/vnd.wave": { mime: "audio/wav", ext: "wav", kind: "audio", label: "WAV" },
  "audio/wave": { mime: "audio/wav", ext: "wav", kind: "audio", label: "WAV" },
  "audio/x-wav": { mime: "audio/wav", ext: "wav", kind: "audio", label: "WAV" },
};

// "PNG, JPEG, WebP, MP4, WebM, MP3 or WAV", for messages a person reads.
export const allowedLabels = "PNG, JPEG, WebP, MP4, WebM, MP3 or WAV";

export const sizeLimits: Record<AssetKind, number> = { video: 100 * MB, image: 50 * MB, audio: 50 * MB };

// The largest upload of any kind: enough to refuse a declared Content-Length before sniffing.
export const maxUploadBytes = Math.max(...Object.values(sizeLimits));

export function mediaType(mime: string | undefined): MediaType | null {
  return (mime && accepted[mime]) || null;
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}
