import { describe, expect, it } from "vitest";
import { failureBody } from "@/lib/videos/failure-codes";

describe("a failed video's error, in HeyGen's shape", () => {
  it("carries an integer code per reason, our reason beside it, and a detail", () => {
    expect(failureBody("quota_exceeded", "The team may render 5 s more.", null)).toEqual({
      code: 40119,
      message: "The team may render 5 s more.",
      detail: "The team may render 5 s more.",
      reason: "quota_exceeded",
    });
    expect(failureBody("asset_unreachable", "Could not fetch the background.", "HTTP 404 from https://x.test/a.png")).toMatchObject({
      code: 40010,
      detail: "HTTP 404 from https://x.test/a.png",
    });
    const codes = [
      "asset_unreachable",
      "asset_too_large",
      "media_undecodable",
      "voice_unavailable",
      "cancelled",
      "render_timeout",
      "storage_failed",
      "upstream_failed",
    ].map((r) => failureBody(r, "m", null).code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(Number.isInteger(code)).toBe(true);
  });

  it("answers an unknown or missing reason as an internal error, never without a message", () => {
    expect(failureBody(null, null, null)).toEqual({
      code: 50000,
      message: "Internal error",
      detail: "Internal error",
      reason: "internal_error",
    });
    expect(failureBody("something_new", "", null)).toMatchObject({ code: 50000, reason: "something_new", message: "Internal error" });
  });
});
