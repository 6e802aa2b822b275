import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const PREFIX = "whsec_";

/** A new endpoint or callback secret: `whsec_` + base64 of 32 random bytes (API-CONTRACT.md). */
export function newWebhookSecret(): string {
  return PREFIX + randomBytes(32).toString("base64");
}

/**
 * The signature headers of one POST of `body` (the exact string sent):
 * - `Signature`: hex HMAC-SHA256 of the body keyed with the whole secret string (HeyGen-style receivers);
 * - Standard Webhooks: `webhook-id`, `webhook-timestamp` (unix seconds) and `webhook-signature`
 *   (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the bytes the base64 after `whsec_` decodes to).
 */
export function signatureHeaders(secret: string, id: string, timestamp: number, body: string): Record<string, string> {
  const hex = createHmac("sha256", secret).update(body, "utf8").digest("hex");
  const key = Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, "base64");
  const standard = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`, "utf8").digest("base64");
  return {
    Signature: hex,
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": `v1,${standard}`,
  };
}

/**
 * Checks a HeyGen-style `Signature` header against the exact bytes received: hex HMAC-SHA256 of the body keyed
 * with the whole secret string, compared in constant time. False for a missing or malformed header.
 */
export function verifySignature(secret: string, body: string | Buffer, header: string | null | undefined): boolean {
  const given = header?.trim().toLowerCase() ?? "";
  if (!/^[0-9a-f]{64}$/.test(given)) return false;
  const expected = createHmac("sha256", secret).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(given, "hex"));
}
