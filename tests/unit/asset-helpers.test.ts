import { describe, expect, it } from "vitest";
import { assetName, dispositionFilename } from "@/lib/assets/asset-name";
import { ffprobePath } from "@/lib/assets/probe-media";
import { mediaType } from "@/lib/assets/media-types";
import { decodePageToken, encodePageToken } from "@/lib/paging/page-token";

describe("asset names", () => {
  it("reads Content-Disposition filenames, extended form first", () => {
    expect(dispositionFilename('attachment; filename="cat.png"')).toBe("cat.png");
    expect(dispositionFilename("inline; filename=cat.png")).toBe("cat.png");
    expect(dispositionFilename(`attachment; filename="x.png"; filename*=UTF-8''caf%C3%A9%20noir.png`)).toBe("café noir.png");
    expect(dispositionFilename('attachment; filename="a \\"q\\".png"')).toBe('a "q".png');
    expect(dispositionFilename("attachment")).toBeNull();
    expect(dispositionFilename(null)).toBeNull();
  });

  const header = (value: string | null) => ({ value: dispositionFilename(value), field: "Content-Disposition filename" });

  it("prefers ?name=, then the sender's filename without folders, then the fallback", () => {
    expect(assetName("Mine", header('attachment; filename="cat.png"'), "gen")).toBe("Mine");
    expect(assetName(undefined, header('attachment; filename="C:\\\\Users\\\\me\\\\cat.png"'), "gen")).toBe("cat.png");
    expect(assetName(undefined, { value: "shots/dog.jpg", field: "file" }, "gen")).toBe("dog.jpg");
    expect(assetName("  ", header(null), "gen")).toBe("gen");
  });

  it("names the field that is wrong", () => {
    expect(() => assetName("x".repeat(256), header(null), "gen")).toThrow(/^name: must be at most 255 characters/);
    expect(() => assetName("a\u0000b", header(null), "gen")).toThrow(/^name: /);
    expect(() => assetName(undefined, header('attachment; filename="a\tb.png"'), "gen")).toThrow(/^Content-Disposition filename: must not/);
    const part = { value: `${"x".repeat(300)}.png`, field: "file", prefix: "its filename " };
    expect(() => assetName(undefined, part, "gen")).toThrow(/^file: its filename must be at most 255 characters/);
  });
});

describe("media types", () => {
  it("maps every WAV name to audio/wav and refuses what is not on the list", () => {
    expect(mediaType("audio/vnd.wave")).toMatchObject({ mime: "audio/wav", kind: "audio", ext: "wav" });
    expect(mediaType("audio/wav")).toMatchObject({ mime: "audio/wav" });
    expect(mediaType("video/mp4")).toMatchObject({ kind: "video", ext: "mp4" });
    for (const mime of ["image/gif", "video/quicktime", "audio/ogg", undefined]) expect(mediaType(mime)).toBeNull();
  });

  it("finds ffprobe beside ffmpeg", () => {
    expect(ffprobePath("ffmpeg")).toBe("ffprobe");
    expect(ffprobePath("/usr/bin/ffmpeg")).toBe("/usr/bin/ffprobe");
    expect(ffprobePath("./bin/ffmpeg")).toBe("./bin/ffprobe");
    expect(ffprobePath("C:\\ff\\ffmpeg.exe")).toBe("C:\\ff\\ffprobe.exe");
    expect(ffprobePath("/opt/avconv")).toBe("/opt/ffprobe");
  });
});

describe("page tokens", () => {
  it("round-trips a cursor and refuses anything else with a 400 naming token", () => {
    const cursor = { createdAt: new Date("2026-01-02T03:04:05.678Z"), id: "abc" };
    expect(decodePageToken(encodePageToken(cursor))).toEqual(cursor);
    expect(decodePageToken(undefined)).toBeUndefined();
    for (const bad of ["nope", Buffer.from("{}").toString("base64url"), Buffer.from('{"t":"x","i":"a"}').toString("base64url")]) {
      expect(() => decodePageToken(bad)).toThrow(/^token: /);
    }
  });
});
