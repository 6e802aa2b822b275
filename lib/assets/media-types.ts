export type AssetKind = "image" | "video" | "audio";

// demuxer: the ffmpeg input format (-f) every read of such a file names, so ffmpeg never guesses one (a
// guess can be an HLS or concat playlist that reads other local files).
export type MediaType = { mime: string; ext: string; kind: AssetKind; label: string; demuxer: string };

const MB = 1024 * 1024;

// What POST /v1/asset accepts, by the MIME type that file-type reports for the content. Several names of
// the same format (WAV) map to one canonical MIME type.
const accepted: Record<string, MediaType> = {
  "image/jpeg": { mime: "image/jpeg", ext: "jpg", kind: "image", label: "JPEG", demuxer: "jpeg_pipe" },
  "image/png": { mime: "image/png", ext: "png", kind: "image", label: "PNG", demuxer: "png_pipe" },
  "image/webp": { mime: "image/webp", ext: "webp", kind: "image", label: "WebP", demuxer: "webp_pipe" },
  // file-type says video/mp4 for the ISO brands that are MP4 (isom, mp41, mp42, avc1, ...), not for QuickTime.
  "video/mp4": { mime: "video/mp4", ext: "mp4", kind: "video", label: "MP4", demuxer: "mov" },
  "video/webm": { mime: "video/webm", ext: "webm", kind: "video", label: "WebM", demuxer: "matroska" },
  "audio/mpeg": { mime: "audio/mpeg", ext: "mp3", kind: "audio", label: "MP3", demuxer: "mp3" },
  "audio/wav": { mime: "audio/wav", ext: "wav", kind: "audio", label: "WAV", demuxer: "wav" },
  "audio/vnd.wave": { mime: "audio/wav", ext: "wav", kind: "audio", label: "WAV", demuxer: "wav" },
  "audio/wave": { mime: "audio/wav", ext: "wav", kind: "audio", label: "WAV", demuxer: "wav" },
  "audio/x-wav": { mime: "audio/wav", ext: "wav", kind: "audio", label: "WAV", demuxer: "wav" },
};

// What each kind accepts, for messages a person reads.
export const labelsByKind: Record<AssetKind, string> = { image: "PNG, JPEG or WebP", video: "MP4 or WebM", audio: "MP3 or WAV" };

// "PNG, JPEG, WebP, MP4, WebM, MP3 or WAV", for messages a person reads.
export const allowedLabels = "PNG, JPEG, WebP, MP4, WebM, MP3 or WAV";

export const sizeLimits: Record<AssetKind, number> = { video: 100 * MB, image: 50 * MB, audio: 50 * MB };

// A picture decodes to width x height x 4 bytes whatever its file size: a 50 KB PNG can claim 100,000 x
// 100,000 pixels (40 GB). Pictures above 40 megapixels (e.g. 8000 x 5000) are refused before any decoding.
const MAX_IMAGE_PIXELS = 40_000_000;

/** Why a picture of this size is refused, or null when it is fine. */
export function imageTooLarge(width: number, height: number): string | null {
  if (width * height <= MAX_IMAGE_PIXELS) return null;
  return `is ${width} x ${height} pixels (${Math.round((width * height) / 1e6)} megapixels); pictures may have at most ${MAX_IMAGE_PIXELS / 1e6} megapixels`;
}

// The largest upload of any kind: enough to refuse a declared Content-Length before sniffing.
export const maxUploadBytes = Math.max(...Object.values(sizeLimits));

export function mediaType(mime: string | undefined): MediaType | null {
  return (mime && accepted[mime]) || null;
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}
