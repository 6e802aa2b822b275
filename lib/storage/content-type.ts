// The Content-Type a stored file is served with, from its extension (stored keys always carry one that we
// chose after sniffing the content).
const types: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  mp4: "video/mp4",
  webm: "video/webm",
  mp3: "audio/mpeg",
  wav: "audio/wav",
  m4a: "audio/mp4",
  aac: "audio/aac",
  ass: "text/x-ssa; charset=utf-8",
  srt: "application/x-subrip; charset=utf-8",
  vtt: "text/vtt; charset=utf-8",
  json: "application/json",
  txt: "text/plain; charset=utf-8",
};

export function contentType(key: string): string {
  const ext =
    key
      .slice(key.lastIndexOf("/") + 1)
      .split(".")
      .pop()
      ?.toLowerCase() ?? "";
  // Own keys only: "constructor" is not an extension we serve.
  return Object.hasOwn(types, ext) ? types[ext]! : "application/octet-stream";
}
