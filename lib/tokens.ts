import { createHash, randomBytes } from "node:crypto";

// Random tokens are shown once and stored as SHA-256 hashes.
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
