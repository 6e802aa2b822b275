import { describe, expect, it } from "vitest";
import { renderCallbackHeaders, verifyRenderCallback } from "@/lib/videos/render-callback";

const SECRET = "s".repeat(40);
const body = JSON.stringify({ video_id: "v1", report: { status: "completed" } });
const now = Date.UTC(2026, 10, 27, 12, 0, 0);

function check(headers: Record<string, string>, raw = body, at = now, secret = SECRET) {
  return verifyRenderCallback(secret, new Headers(headers), Buffer.from(raw), at);
}

describe("render callback signatures", () => {
  it("accepts the exact body signed with the secret within five minutes either way", () => {
    const headers = renderCallbackHeaders(SECRET, body, now);
    expect(headers["x-avatar-signature"]).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(check(headers)).toBe(true);
    expect(check(headers, body, now + 299_000)).toBe(true);
    expect(check(headers, body, now - 299_000)).toBe(true);
  });

  it("refuses a replay older than five minutes, a changed byte, another secret and malformed headers", () => {
    const headers = renderCallbackHeaders(SECRET, body, now);
    expect(check(headers, body, now + 301_000)).toBe(false);
    expect(check(headers, body.replace("completed", "completeD"))).toBe(false);
    expect(check(headers, body, now, "t".repeat(40))).toBe(false);
    // The timestamp is signed: moving it forward breaks the signature.
    expect(check({ ...headers, "x-avatar-timestamp": String(Number(headers["x-avatar-timestamp"]) + 1) })).toBe(false);
    expect(check({ ...headers, "x-avatar-signature": headers["x-avatar-signature"]!.replace("v1=", "") })).toBe(false);
    expect(check({ "x-avatar-signature": headers["x-avatar-signature"]! })).toBe(false);
    expect(check({})).toBe(false);
  });
});
