import "server-only";
import { db } from "@/lib/db";
import { Unavailable } from "@/lib/errors";
import { decryptSecret, DecryptionError, EncryptionUnavailableError, encryptSecret } from "@/lib/encryption";
import type { HeygenAccess } from "@/lib/generation/heygen/client";

// The encrypted columns of HeygenConnection. Each value is bound to its team and column (AES-GCM's AAD), so
// a ciphertext copied to another row does not decrypt.
export const apiKeyContext = (teamId: string) => `HeygenConnection.apiKey:${teamId}`;
export const webhookSecretContext = (teamId: string) => `HeygenConnection.webhookSecret:${teamId}`;

export const encryptApiKey = (teamId: string, apiKey: string) => encryptSecret(apiKey, apiKeyContext(teamId));
export const encryptWebhookSecret = (teamId: string, secret: string) => encryptSecret(secret, webhookSecretContext(teamId));

function unusable(error: unknown): never {
  if (error instanceof EncryptionUnavailableError || error instanceof DecryptionError) {
    throw new Unavailable(`The team's HeyGen connection cannot be used: ${error.message}`);
  }
  throw error;
}

/** The team's upstream account with its API key decrypted; null when the team never connected one. */
export async function heygenAccess(teamId: string): Promise<HeygenAccess | null> {
  const row = await db().heygenConnection.findUnique({ where: { teamId }, select: { baseUrl: true, apiKeyCipher: true } });
  if (!row) return null;
  try {
    return { teamId, baseUrl: row.baseUrl, apiKey: decryptSecret(row.apiKeyCipher, apiKeyContext(teamId)) };
  } catch (error) {
    return unusable(error);
  }
}

/** The secret the upstream's endpoint.add returned for our callback route; null when none is registered or it cannot be read. */
export async function heygenWebhookSecret(teamId: string): Promise<string | null> {
  const row = await db().heygenConnection.findUnique({ where: { teamId }, select: { webhookSecretCipher: true } });
  if (!row?.webhookSecretCipher) return null;
  try {
    return decryptSecret(row.webhookSecretCipher, webhookSecretContext(teamId));
  } catch {
    return null;
  }
}
