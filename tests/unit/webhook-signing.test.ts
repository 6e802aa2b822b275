import { createHmac } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { newWebhookSecret, signatureHeaders } from "@/lib/webhooks/signing";

// Both signature styles of API-CONTRACT.md, checked the way receivers check them.
describe("webhook signing", () => {
  const body = JSON.stringify({
    event_type: "avatar_video.success",
    event: "avatar_video.success",
    event_data: { video_id: "v1", callback_id: "naïve ✓" },
  });

  it("makes secrets of whsec_ + base64 of 32 random bytes", () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it("signs the raw body as hex HMAC-SHA256 keyed with the whole secret (Signature)", () => {
    const secret = newWebhookSecret();
    const headers = signatureHeaders(secret, "evt_1", 1_700_000_000, body);
    expect(headers.Signature).toBe(createHmac("sha256", secret).update(Buffer.from(body, "utf8")).digest("hex"));
    expect(headers.Signature).toMatch(/^[0-9a-f]{64}$/);
  });

  it("sends Standard Webhooks headers that the standardwebhooks package verifies", () => {
    const secret = newWebhookSecret();
    const now = Math.floor(Date.now() / 1000);
    const headers = signatureHeaders(secret, "evt_42", now, body);
    expect(headers["webhook-id"]).toBe("evt_42");
    expect(headers["webhook-timestamp"]).toBe(String(now));
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    // The package's own signature of the same message is ours.
    expect(new Webhook(secret).sign("evt_42", new Date(now * 1000), body)).toBe(headers["webhook-signature"]);
  });

  it("fails verification for another body, another secret or another id", () => {
    const secret = newWebhookSecret();
    const now = Math.floor(Date.now() / 1000);
    const headers = signatureHeaders(secret, "evt_7", now, body);
    expect(() => new Webhook(secret).verify(body.replace("v1", "v2"), headers)).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(secret).verify(body, { ...headers, "webhook-id": "evt_8" })).toThrow();
  });
});
