import "server-only";
import { env } from "@/lib/env";
import { getSecret } from "@/lib/secrets";
import { storageKey } from "@/lib/storage/storage-key";
import { checkUrlSignature, urlSignature, type SignatureCheck } from "@/lib/storage/url-signature";

const SEVEN_DAYS = 7 * 24 * 3600;
const HOUR = 3600;

// `${APP_URL}/api/files/<key>?exp=<unix>&sig=<hex>`, valid for at least `expiresIn` seconds. Long expiries
// are rounded up to the hour, so lists fetched within the same hour hand out the same URL (browsers cache it).
export async function signedUrl(key: string, { expiresIn = SEVEN_DAYS }: { expiresIn?: number } = {}): Promise<string> {
  const step = expiresIn >= 24 * HOUR ? HOUR : 1;
  const exp = Math.ceil((Date.now() / 1000 + expiresIn) / step) * step;
  const sig = urlSignature(await getSecret("STORAGE_URL_SECRET"), storageKey(key), exp);
  return `${env().appUrl}/api/files/${key}?exp=${exp}&sig=${sig}`;
}

export async function verifySignedUrl(key: string, exp: string | null, sig: string | null): Promise<SignatureCheck> {
  return checkUrlSignature(await getSecret("STORAGE_URL_SECRET"), key, exp, sig);
}

/** A signed link to a stored file that may not exist yet (an output not rendered): null without a key. */
export async function signedUrlIfAny(key: string | null | undefined): Promise<string | null> {
  return key ? signedUrl(key) : null;
}
