import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Conflict, DomainError, Invalid, UpstreamFailed } from "@/lib/errors";
import { decryptSecret, encryptionUnavailableReason } from "@/lib/encryption";
import { forgetHeygenCatalog } from "@/lib/generation/heygen/catalog";
import { describeUpstream, heygenRequest, UpstreamError, type HeygenAccess } from "@/lib/generation/heygen/client";
import { apiKeyContext, encryptApiKey, encryptWebhookSecret } from "@/lib/generation/heygen/connection";
import { DEFAULT_HEYGEN_BASE_URL, type ProviderSettingsBody, type ProviderSettingsView } from "@/lib/generation/provider-schemas";

// Switching a team between the local engine and a HeyGen upstream. Switching on checks the key with the
// upstream, registers our callback route with its endpoint.add and stores the key and the returned secret
// encrypted; switching off unregisters the endpoint (endpoint.delete) and keeps the key, so switching on again
// needs none and videos still in flight upstream can still be asked about. Forgetting removes the key too.

const EVENTS = ["avatar_video.success", "avatar_video.fail"];
const endpointAnswer = z.looseObject({ endpoint_id: z.string().min(1), secret: z.string().min(1) });

const heygenCallbackUrl = (teamId: string) => `${env().appUrl}/api/callbacks/heygen/${teamId}`;

function readKey(teamId: string, cipher: string): { key: string } | { problem: string } {
  try {
    return { key: decryptSecret(cipher, apiKeyContext(teamId)) };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

export async function providerSettings(teamId: string): Promise<ProviderSettingsView> {
  const [team, conn] = await Promise.all([
    db().team.findUniqueOrThrow({ where: { id: teamId }, select: { provider: true } }),
    db().heygenConnection.findUnique({ where: { teamId } }),
  ]);
  const reason = encryptionUnavailableReason();
  const read = conn ? readKey(teamId, conn.apiKeyCipher) : null;
  return {
    provider: team.provider,
    encryption: { available: reason === null, reason },
    heygen: {
      api_key_set: conn !== null,
      base_url: conn?.baseUrl ?? DEFAULT_HEYGEN_BASE_URL,
      callback_url: heygenCallbackUrl(teamId),
      registered: !!conn?.endpointId,
      problem: read && "problem" in read ? read.problem : null,
    },
  };
}

// GET /v2/user/remaining_quota answers for any valid key; /v1/user/me where an upstream lacks the former.
async function checkKey(access: HeygenAccess): Promise<void> {
  try {
    await heygenRequest(access, "GET", "/v2/user/remaining_quota").catch((error: unknown) => {
      if (error instanceof UpstreamError && error.upstreamStatus === 404) return heygenRequest(access, "GET", "/v1/user/me");
      throw error;
    });
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    if (error.upstreamStatus === 401 || error.upstreamStatus === 403)
      throw Invalid.field("api_key", `${error.where} refused it (${error.upstreamStatus}: ${error.upstreamMessage})`);
    if (error.upstreamStatus === null) throw Invalid.field("base_url", error.upstreamMessage);
    throw error;
  }
}

// Best effort: a failure is reported as a warning, never blocks switching to the local engine.
async function unregister(access: HeygenAccess, endpointId: string): Promise<string | null> {
  try {
    await heygenRequest(access, "DELETE", "/v1/webhook/endpoint.delete", { query: { endpoint_id: endpointId } });
    return null;
  } catch (error) {
    if (error instanceof UpstreamError && error.upstreamStatus === 404) return null;
    if (!(error instanceof DomainError)) throw error;
    return `${describeUpstream(access.baseUrl)} did not unregister its webhook endpoint ${endpointId} (${error.message}); remove it in the upstream's webhook settings.`;
  }
}

async function register(access: HeygenAccess): Promise<{ endpointId: string; secret: string; url: string }> {
  const url = heygenCallbackUrl(access.teamId);
  try {
    const answer = endpointAnswer.parse(await heygenRequest(access, "POST", "/v1/webhook/endpoint.add", { json: { url, events: EVENTS } }));
    return { endpointId: answer.endpoint_id, secret: answer.secret, url };
  } catch (error) {
    if (error instanceof z.ZodError)
      throw new UpstreamFailed(`${describeUpstream(access.baseUrl)} answered endpoint.add without an endpoint_id and secret.`);
    if (!(error instanceof UpstreamError) || error.upstreamStatus === 429 || error.upstreamStatus === 402) throw error;
    throw new UpstreamFailed(
      `${error.where} could not register ${url} for its webhooks: ${error.upstreamMessage} (it must be able to reach this server at APP_URL, ${env().appUrl}).`,
    );
  }
}

async function turnOn(teamId: string, body: Extract<ProviderSettingsBody, { provider: "heygen" }>): Promise<ProviderSettingsView> {
  const unavailable = encryptionUnavailableReason();
  if (unavailable) throw new Conflict(unavailable);
  const existing = await db().heygenConnection.findUnique({ where: { teamId } });
  const stored = existing ? readKey(teamId, existing.apiKeyCipher) : null;
  // The stored key goes only to the upstream it was entered for: a new base URL needs the key typed again.
  if (!body.api_key && existing && body.base_url && body.base_url !== existing.baseUrl) {
    throw Invalid.field("api_key", `is required again to change the base URL (the stored key was entered for ${existing.baseUrl})`);
  }
  const apiKey = body.api_key ?? (stored && "key" in stored ? stored.key : undefined);
  if (!apiKey) throw Invalid.field("api_key", stored && "problem" in stored ? stored.problem : "is required to switch to HeyGen");
  const access: HeygenAccess = { teamId, baseUrl: body.base_url ?? existing?.baseUrl ?? DEFAULT_HEYGEN_BASE_URL, apiKey };
  await checkKey(access);
  // Registered afresh every time (an endpoint's secret is shown only when it is made); the old one goes first.
  const warning =
    existing?.endpointId && stored && "key" in stored
      ? await unregister({ teamId, baseUrl: existing.baseUrl, apiKey: stored.key }, existing.endpointId)
      : null;
  const endpoint = await register(access).catch(async (error: unknown) => {
    // The old registration is gone upstream: its secret verifies nothing any more.
    if (existing?.endpointId)
      await db().heygenConnection.update({ where: { teamId }, data: { endpointId: null, webhookSecretCipher: null, callbackUrl: null } });
    throw error;
  });
  const data = {
    baseUrl: access.baseUrl,
    apiKeyCipher: encryptApiKey(teamId, apiKey),
    endpointId: endpoint.endpointId,
    webhookSecretCipher: encryptWebhookSecret(teamId, endpoint.secret),
    callbackUrl: endpoint.url,
  };
  await db().$transaction([
    db().heygenConnection.upsert({ where: { teamId }, create: { teamId, ...data }, update: data }),
    db().team.update({ where: { id: teamId }, data: { provider: "heygen" } }),
  ]);
  forgetHeygenCatalog(access);
  return { ...(await providerSettings(teamId)), warning };
}

async function turnOff(teamId: string): Promise<ProviderSettingsView> {
  const conn = await db().heygenConnection.findUnique({ where: { teamId } });
  let warning: string | null = null;
  if (conn?.endpointId) {
    const read = readKey(teamId, conn.apiKeyCipher);
    warning =
      "key" in read
        ? await unregister({ teamId, baseUrl: conn.baseUrl, apiKey: read.key }, conn.endpointId)
        : `The webhook endpoint ${conn.endpointId} could not be unregistered (${read.problem}); remove it in the upstream's webhook settings.`;
  }
  await db().$transaction([
    db().team.update({ where: { id: teamId }, data: { provider: "local" } }),
    db().heygenConnection.updateMany({ where: { teamId }, data: { endpointId: null, webhookSecretCipher: null, callbackUrl: null } }),
  ]);
  return { ...(await providerSettings(teamId)), warning };
}

/** PUT /api/teams/[team]/provider: switch to the local engine or to HeyGen (a new key and base URL optional). */
export function switchProvider(teamId: string, body: ProviderSettingsBody): Promise<ProviderSettingsView> {
  return body.provider === "local" ? turnOff(teamId) : turnOn(teamId, body);
}

/** DELETE /api/teams/[team]/provider: back to the local engine, and the stored key is removed. */
export async function forgetHeygen(teamId: string): Promise<ProviderSettingsView> {
  const off = await turnOff(teamId);
  await db().heygenConnection.deleteMany({ where: { teamId } });
  return { ...(await providerSettings(teamId)), warning: off.warning };
}
