import { describe, expect, it } from "vitest";
import { checkUrlSignature, urlSignature } from "@/lib/storage/url-signature";
import { isStorageKey } from "@/lib/storage/storage-key";
import { byteRange } from "@/lib/storage/byte-range";
import { contentType } from "@/lib/storage/content-type";

const secret = "s".repeat(43);
const key = "teams/t1/assets/abc.png";
const now = 1_800_000_000;

describe("signed file URLs", () => {
  it("signs key and expiry with HMAC-SHA256 as 64 hex characters", () => {
    const sig = urlSignature(secret, key, now + 60);
    expect(sig).toMatch(/^[0-9a-f]{64}$/);
    expect(urlSignature(secret, key, now + 60)).toBe(sig);
    expect(urlSignature("t".repeat(43), key, now + 60)).not.toBe(sig);
  });

  it("accepts its own signature until the expiry", () => {
    const exp = now + 60;
    expect(checkUrlSignature(secret, key, String(exp), urlSignature(secret, key, exp), now)).toBe("valid");
    expect(checkUrlSignature(secret, key, String(exp), urlSignature(secret, key, exp).toUpperCase(), now)).toBe("valid");
    expect(checkUrlSignature(secret, key, String(exp), urlSignature(secret, key, exp), exp + 1)).toBe("expired");
  });

  it("refuses a changed key, expiry or signature, and missing parts", () => {
    const exp = now + 60;
    const sig = urlSignature(secret, key, exp);
    expect(checkUrlSignature(secret, "teams/t2/assets/abc.png", String(exp), sig, now)).toBe("invalid");
    expect(checkUrlSignature(secret, key, String(exp + 3600), sig, now)).toBe("invalid");
    expect(checkUrlSignature(secret, key, String(exp), sig.replace(/^./, sig[0] === "0" ? "1" : "0"), now)).toBe("invalid");
    expect(checkUrlSignature(secret, key, String(exp), sig.slice(0, 63), now)).toBe("invalid");
    expect(checkUrlSignature(secret, key, null, sig, now)).toBe("invalid");
    expect(checkUrlSignature(secret, key, String(exp), null, now)).toBe("invalid");
    expect(checkUrlSignature(secret, key, "1e9", sig, now)).toBe("invalid");
  });

  it("an expired link with a forged signature is invalid, not expired", () => {
    expect(checkUrlSignature(secret, key, String(now - 10), "0".repeat(64), now)).toBe("invalid");
  });
});

describe("storage keys", () => {
  it("accepts plain relative paths and refuses traversal, hidden and odd segments", () => {
    expect(isStorageKey("teams/abc/assets/x1.png")).toBe(true);
    expect(isStorageKey("a")).toBe(true);
    for (const bad of [
      "",
      "../x",
      "a/../b",
      "a/./b",
      "/abs",
      "a//b",
      "a/",
      ".tmp/x",
      "a/.hidden",
      "a\\b",
      "a b",
      "a/%2e%2e",
      "é",
      "a\nb",
    ]) {
      expect(isStorageKey(bad), bad).toBe(false);
    }
    expect(isStorageKey("a".repeat(513))).toBe(false);
  });
});

describe("byte ranges", () => {
  it("reads one range in each of its forms", () => {
    expect(byteRange("bytes=0-99", 1000)).toEqual({ kind: "partial", range: { start: 0, end: 99 } });
    expect(byteRange("bytes=900-", 1000)).toEqual({ kind: "partial", range: { start: 900, end: 999 } });
    expect(byteRange("bytes=-100", 1000)).toEqual({ kind: "partial", range: { start: 900, end: 999 } });
    expect(byteRange("bytes=-5000", 1000)).toEqual({ kind: "partial", range: { start: 0, end: 999 } });
    expect(byteRange("bytes=10-5000", 1000)).toEqual({ kind: "partial", range: { start: 10, end: 999 } });
  });

  it("serves the whole file for no, several or malformed ranges", () => {
    for (const header of [null, "", "bytes=0-1,5-6", "items=0-1", "bytes=5-1", "bytes=-", "bytes=a-b"]) {
      expect(byteRange(header, 1000), String(header)).toEqual({ kind: "full" });
    }
  });

  it("answers unsatisfiable past the end", () => {
    expect(byteRange("bytes=1000-", 1000)).toEqual({ kind: "unsatisfiable" });
    expect(byteRange("bytes=-0", 1000)).toEqual({ kind: "unsatisfiable" });
    expect(byteRange("bytes=0-", 0)).toEqual({ kind: "unsatisfiable" });
  });

  it("types files by extension", () => {
    expect(contentType("teams/a/assets/x.png")).toBe("image/png");
    expect(contentType("teams/a/assets/x.mp3")).toBe("audio/mpeg");
    expect(contentType("teams/a/videos/v.mp4")).toBe("video/mp4");
    expect(contentType("teams/a/x")).toBe("application/octet-stream");
  });
});
