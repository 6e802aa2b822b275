import "server-only";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { randomToken, sha256 } from "@/lib/tokens";

const KEY_PREFIX = "avs_";
const LAST_USED_RESOLUTION_MS = 60_000;

export async function createApiKey(teamId: string, input: { name: string; createdById?: string | null }) {
  const secret = `${KEY_PREFIX}${randomToken(30)}`;
  const key = await db().apiKey.create({
    data: { teamId, name: input.name.trim(), prefix: secret.slice(0, 12), hash: sha256(secret), createdById: input.createdById ?? null },
  });
  // The secret is returned once and never stored.
  return { id: key.id, name: key.name, prefix: key.prefix, createdAt: key.createdAt.toISOString(), secret };
}

export async function listApiKeys(teamId: string) {
  const keys = await db().apiKey.findMany({
    where: { teamId, revokedAt: null },
    include: { createdBy: { select: { name: true, email: true } } },
    orderBy: { createdAt: "desc" },
  });
  return keys.map((k) => ({
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    createdBy: k.createdBy?.name || k.createdBy?.email || null,
  }));
}

export async function revokeApiKey(teamId: string, keyId: string): Promise<void> {
  const { count } = await db().apiKey.updateMany({ where: { id: keyId, teamId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw new NotFound("The API key");
}

export type ApiKeyPrincipal = { id: string; teamId: string; lastUsedAt: Date | null };

// A revoked key stops working on its next request: the lookup reads the row every time.
export async function findApiKey(secret: string): Promise<ApiKeyPrincipal | null> {
  if (!secret.startsWith(KEY_PREFIX) || secret.length > 200) return null;
  return db().apiKey.findFirst({
    where: { hash: sha256(secret), revokedAt: null },
    select: { id: true, teamId: true, lastUsedAt: true },
  });
}

// Called after the response is sent; writes at most once a minute per key.
export async function touchApiKey(key: ApiKeyPrincipal): Promise<void> {
  const cutoff = new Date(Date.now() - LAST_USED_RESOLUTION_MS);
  if (key.lastUsedAt && key.lastUsedAt > cutoff) return;
  await db().apiKey.updateMany({
    where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: cutoff } }] },
    data: { lastUsedAt: new Date() },
  });
}
