import type { createApiKey, listApiKeys } from "@/lib/keys/api-keys";
import { api } from "@/components/lib/api-client";

// Shapes come from the lib functions behind the routes, so the two cannot drift apart.
export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];
export type CreatedApiKey = Awaited<ReturnType<typeof createApiKey>>;

export const apiKeyKeys = {
  all: (team: string) => ["teams", team, "keys"] as const,
};

export async function fetchApiKeys(team: string): Promise<ApiKeyRow[]> {
  return (await api<{ keys: ApiKeyRow[] }>(`/api/teams/${team}/keys`)).keys;
}

export async function createKey(team: string, name: string): Promise<CreatedApiKey> {
  return (await api<{ key: CreatedApiKey }>(`/api/teams/${team}/keys`, { method: "POST", body: { name } })).key;
}

export async function revokeKey(team: string, keyId: string): Promise<void> {
  await api(`/api/teams/${team}/keys/${keyId}`, { method: "DELETE" });
}
