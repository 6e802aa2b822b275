import "server-only";
import { env } from "@/lib/env";
import { verifySignedUrl } from "@/lib/storage/signed-url";
import { isStorageKey } from "@/lib/storage/storage-key";

const PREFIX = "/api/files/";

export type OwnLink = { key: string } | { refused: string } | null;

/**
 * A URL that is one of this server's own signed file links (`APP_URL/api/files/<key>?exp=&sig=`, as the API
 * hands out for uploads and outputs): its storage key when the signature holds, a reason when it does not,
 * null for any other URL. Read from storage, such a link works however APP_URL is reached (a loopback or
 * private address the fetch guard would refuse, or a name the worker cannot resolve).
 */
export async function ownFileLink(raw: string): Promise<OwnLink> {
  let url: URL;
  let base: URL;
  try {
    url = new URL(raw);
    base = new URL(env().appUrl);
  } catch {
    return null;
  }
  if (url.origin !== base.origin) return null;
  const basePath = base.pathname.replace(/\/+$/, "");
  if (!url.pathname.startsWith(`${basePath}${PREFIX}`)) return null;
  const key = url.pathname.slice(basePath.length + PREFIX.length);
  if (!isStorageKey(key)) return { refused: "It is not a link to a stored file." };
  const check = await verifySignedUrl(key, url.searchParams.get("exp"), url.searchParams.get("sig"));
  if (check === "expired") return { refused: "This file link has expired; ask the API for a fresh URL." };
  if (check !== "valid") return { refused: "This file link is not valid: its signature does not match." };
  return { key };
}
