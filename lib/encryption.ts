import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// Third-party credentials kept in the database (a team's HeyGen API key, the webhook secret its upstream
// returned) are encrypted with AES-256-GCM. The 32-byte key is derived with HKDF-SHA256 from ENCRYPTION_KEY
// (any string of 32+ characters, e.g. `openssl rand -base64 32`), which is never generated: a key kept in
// the same database would protect nothing. Each value is bound to where it is stored (`context`, the AAD),
// so a ciphertext copied into another team's row does not decrypt.
//
// Stored form: `v1.<iv>.<tag>.<ciphertext>`, each part base64url (12-byte IV, 16-byte tag).

const VERSION = "v1";
const derived = new Map<string, Buffer>();

export class EncryptionUnavailableError extends Error {
  constructor() {
    super("ENCRYPTION_KEY is not set on the server, so third-party keys cannot be stored. Ask your operator to set it (32+ characters).");
    this.name = "EncryptionUnavailableError";
  }
}

export class DecryptionError extends Error {
  constructor() {
    super(
      "A stored key cannot be decrypted with the current ENCRYPTION_KEY (it was changed, or the value was altered); enter the key again.",
    );
    this.name = "DecryptionError";
  }
}

function keyFrom(secret: string): Buffer {
  let key = derived.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", Buffer.from(secret, "utf8"), "avatar-studio", "avatar-studio/encryption/v1", 32));
    derived.set(secret, key);
  }
  return key;
}

const TAG_BYTES = 16;

export function encryptWith(secret: string, plain: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export function decryptWith(secret: string, stored: string, context: string): string {
  const [version, iv, tag, body] = stored.split(".");
  if (version !== VERSION || iv === undefined || tag === undefined || body === undefined) throw new DecryptionError();
  try {
    // The tag length is pinned: GCM would otherwise accept a tag cut down to 4 bytes, far easier to forge.
    const tagBytes = Buffer.from(tag, "base64url");
    if (tagBytes.length !== TAG_BYTES) throw new DecryptionError();
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), Buffer.from(iv, "base64url"), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(tagBytes);
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new DecryptionError();
  }
}

/** Why storing third-party keys is off, or null when ENCRYPTION_KEY is set. */
export function encryptionUnavailableReason(): string | null {
  return env().encryptionKey ? null : new EncryptionUnavailableError().message;
}

/** Encrypts with ENCRYPTION_KEY; throws EncryptionUnavailableError without it. */
export function encryptSecret(plain: string, context: string): string {
  const secret = env().encryptionKey;
  if (!secret) throw new EncryptionUnavailableError();
  return encryptWith(secret, plain, context);
}

/** Decrypts with ENCRYPTION_KEY; throws EncryptionUnavailableError without it, DecryptionError when it does not fit. */
export function decryptSecret(stored: string, context: string): string {
  const secret = env().encryptionKey;
  if (!secret) throw new EncryptionUnavailableError();
  return decryptWith(secret, stored, context);
}
