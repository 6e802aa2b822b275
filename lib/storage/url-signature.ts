import { createHmac, timingSafeEqual } from "node:crypto";

// The signature of a file link: hex HMAC-SHA256 over "<key>\n<exp>" (keys never contain a newline).
export function urlSignature(secret: string, key: string, exp: number): string {
  return createHmac("sha256", secret).update(`${key}\n${exp}`).digest("hex");
}

export type SignatureCheck = "valid" | "invalid" | "expired";

// Constant-time comparison; the expiry is checked only once the signature is known to be ours, so a
// forged link never learns more than "invalid".
export function checkUrlSignature(
  secret: string,
  key: string,
  exp: string | null,
  sig: string | null,
  nowSeconds = Math.floor(Date.now() / 1000),
): SignatureCheck {
  if (!exp || !/^\d{1,12}$/.test(exp) || !sig || !/^[0-9a-f]{64}$/i.test(sig)) return "invalid";
  const expected = Buffer.from(urlSignature(secret, key, Number(exp)), "hex");
  if (!timingSafeEqual(expected, Buffer.from(sig, "hex"))) return "invalid";
  return Number(exp) < nowSeconds ? "expired" : "valid";
}
