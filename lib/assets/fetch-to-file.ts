import "server-only";
import { pipeline } from "node:stream/promises";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { FetchError } from "@/lib/assets/fetch-error";
import { guardedFetch, type GuardedFetchOptions } from "@/lib/assets/fetch-guard";

export type FetchedFile = { size: number; contentType: string | null; url: string };

// Downloads a URL through the guard into a local file (for ffprobe and ffmpeg, which must never fetch
// URLs themselves). Anything but a 2xx is asset_unreachable; the partial file is removed on failure.
export async function fetchToFile(url: string, file: string, options: GuardedFetchOptions = {}): Promise<FetchedFile> {
  const res = await guardedFetch(url, { ...options, method: "GET" });
  if (res.status < 200 || res.status > 299) {
    res.body.destroy();
    throw new FetchError("asset_unreachable", `Could not fetch ${res.url}: it answered HTTP ${res.status}.`, res.url);
  }
  let size = 0;
  res.body.on("data", (chunk: Buffer) => (size += chunk.length));
  try {
    await pipeline(res.body, createWriteStream(file));
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  return { size, contentType: res.headers["content-type"] ?? null, url: res.url };
}
