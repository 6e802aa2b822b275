import { execFileSync } from "node:child_process";

// Reading transparent WebMs back in tests (the integration test's downloads, the engine's unit outputs).

/** Each stream's codec and its alpha_mode tag. A WebM joined by stream copy carries the AlphaMode element and,
 * copied from its segments' metadata, a tag of the same name, which ffprobe then spells ALPHA_MODE. */
export function webmStreams(file: string, ffprobe = "ffprobe"): { codec: string; alphaMode?: string }[] {
  const out = execFileSync(ffprobe, ["-v", "error", "-show_entries", "stream=codec_name:stream_tags", "-of", "json", file]).toString();
  const list = (JSON.parse(out) as { streams: { codec_name: string; tags?: Record<string, string> }[] }).streams;
  return list.map((s) => {
    const alphaMode = Object.entries(s.tags ?? {}).find(([k]) => k.toLowerCase() === "alpha_mode")?.[1];
    return { codec: s.codec_name, ...(alphaMode ? { alphaMode } : {}) };
  });
}

/**
 * One frame as RGBA pixels, decoded by libvpx (ffmpeg's own vp9 decoder drops the alpha plane): the frame at
 * `seconds`, or frame number `frame`.
 */
export function webmFrame(
  file: string,
  at: { seconds: number } | { frame: number },
  width: number,
  ffmpeg = "ffmpeg",
): (x: number, y: number) => number[] {
  const pick = "seconds" in at ? ["-ss", String(at.seconds)] : ["-vf", `select=eq(n\\,${at.frame})`];
  const raw = execFileSync(
    ffmpeg,
    ["-v", "error", "-c:v", "libvpx-vp9", "-i", file, ...pick, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgba", "pipe:1"],
    { maxBuffer: 1 << 26 },
  );
  return (x, y) => [...raw.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)];
}
