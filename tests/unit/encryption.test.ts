import { describe, expect, it } from "vitest";
import { DecryptionError, decryptWith, encryptWith } from "@/lib/encryption";

// Third-party keys at rest: AES-256-GCM under a key derived from ENCRYPTION_KEY, bound to where they are stored.
describe("encryption of stored credentials", () => {
  const secret = "a-test-encryption-key-of-32-chars-or-more";

  it("round-trips, with a fresh IV each time, in the documented v1 format", () => {
    const a = encryptWith(secret, "hg_live_key ✓", "HeygenConnection.apiKey:team1");
    const b = encryptWith(secret, "hg_live_key ✓", "HeygenConnection.apiKey:team1");
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("hg_live_key");
    expect(decryptWith(secret, a, "HeygenConnection.apiKey:team1")).toBe("hg_live_key ✓");
  });

  it("refuses a truncated tag (GCM would check only its first bytes)", () => {
    const stored = encryptWith(secret, "the key", "Place");
    const [v, iv, tag, body] = stored.split(".");
    const short = Buffer.from(tag!, "base64url").subarray(0, 4).toString("base64url");
    expect(() => decryptWith(secret, [v, iv, short, body].join("."), "Place")).toThrow(DecryptionError);
  });

  it("refuses another key, another place (AAD) and any altered byte", () => {
    const stored = encryptWith(secret, "hg_live_key", "HeygenConnection.apiKey:team1");
    expect(() => decryptWith(`${secret}-rotated`, stored, "HeygenConnection.apiKey:team1")).toThrow(DecryptionError);
    expect(() => decryptWith(secret, stored, "HeygenConnection.apiKey:team2")).toThrow(DecryptionError);
    const [v, iv, tag, body] = stored.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0]! ^= 1;
    expect(() => decryptWith(secret, [v, iv, tag, flipped.toString("base64url")].join("."), "HeygenConnection.apiKey:team1")).toThrow(
      DecryptionError,
    );
    expect(() => decryptWith(secret, "not a ciphertext", "x")).toThrow(/enter the key again/);
  });
});
