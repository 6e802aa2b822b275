import { chmod, copyFile, mkdir, symlink } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveBinaries } from "@/lib/render/binaries";
import { FfmpegError, runFfmpeg } from "@/lib/render/ffmpeg";
import { ffprobe } from "@/lib/render/ffprobe";
import { tempDir } from "./media-fixtures";

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

describe("resolveBinaries", () => {
  it("prefers the system ffmpeg and ffprobe on PATH", () => {
    expect(resolveBinaries({ ffmpegPath: null, searchPath: "/nonexistent:/usr/bin" })).toEqual({
      ffmpeg: "/usr/bin/ffmpeg",
      ffprobe: "/usr/bin/ffprobe",
      source: "PATH",
    });
  });

  it("falls back to the npm builds when PATH has none, making them executable", async () => {
    const b = resolveBinaries({ ffmpegPath: null, searchPath: path.join(dir, "empty-bin") });
    expect(b.source).toBe("npm");
    expect(b.ffmpeg).toMatch(/@ffmpeg-installer[/\\]linux-x64[/\\]ffmpeg$/);
    expect(b.ffprobe).toMatch(/@ffprobe-installer[/\\]linux-x64[/\\]ffprobe$/);
    const out = path.join(dir, "npm.png");
    await runFfmpeg(["-filter_complex", "color=red:s=64x32[o]", "-map", "[o]", "-frames:v", "1", "-y", out], { ffmpeg: b.ffmpeg });
    expect(await ffprobe(out, { ffprobe: b.ffprobe })).toMatchObject({ width: 64, height: 32 });
  });

  it("uses an explicit FFMPEG_PATH, and the ffprobe beside it", async () => {
    const bin = path.join(dir, "bin");
    await mkdir(bin);
    await copyFile("/usr/bin/ffmpeg", path.join(bin, "ffmpeg"));
    await symlink("/usr/bin/ffprobe", path.join(bin, "ffprobe"));
    await chmod(path.join(bin, "ffmpeg"), 0o755);
    expect(resolveBinaries({ ffmpegPath: path.join(bin, "ffmpeg"), searchPath: "" })).toEqual({
      ffmpeg: path.join(bin, "ffmpeg"),
      ffprobe: path.join(bin, "ffprobe"),
      source: "FFMPEG_PATH",
    });
    expect(() => resolveBinaries({ ffmpegPath: path.join(dir, "missing") })).toThrow(/FFMPEG_PATH .* not an executable/);
  });
});

describe("runFfmpeg", () => {
  // realtime: 600 s of output takes 600 s, whatever the machine.
  const slow = ["-filter_complex", "color=black:s=64x36:r=25,realtime[o]", "-map", "[o]", "-t", "600", "-f", "null", "-"];

  it("reports progress in seconds of output", async () => {
    const seen: number[] = [];
    await runFfmpeg(["-filter_complex", "color=black:s=64x36:r=25[o]", "-map", "[o]", "-t", "2", "-f", "null", "-"], {
      onProgress: (s) => seen.push(s),
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBeCloseTo(2, 1);
  });

  it("fails with the tail of stderr", async () => {
    const err = await runFfmpeg(["-f", "mov", "-i", path.join(dir, "nope.mp4"), "-f", "null", "-"]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FfmpegError);
    expect((err as FfmpegError).message).toMatch(/exited with code 1[\s\S]*nope\.mp4/);
  });

  it("refuses protocols other than file and pipe inside inputs", async () => {
    await expect(runFfmpeg(["-f", "mov", "-i", "http://127.0.0.1:9/x.mp4", "-f", "null", "-"])).rejects.toThrow(
      /not on whitelist|Protocol/i,
    );
  });

  it("refuses an input that does not name its demuxer (ffmpeg's guess may be an HLS playlist)", async () => {
    const second = ["-f", "mov", "-i", path.join(dir, "a.mp4"), "-i", path.join(dir, "b.m3u8"), "-f", "null", "-"];
    await expect(runFfmpeg(second)).rejects.toThrow(/b\.m3u8 has no -f/);
  });

  it("kills ffmpeg on timeout and on abort", async () => {
    await expect(runFfmpeg(slow, { timeoutMs: 300 })).rejects.toThrow(/timed out after 300 ms/);
    const ac = new AbortController();
    const run = runFfmpeg(slow, { signal: ac.signal });
    setTimeout(() => ac.abort(), 200);
    await expect(run).rejects.toThrow(/cancelled/);
  });
});
