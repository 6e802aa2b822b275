import "server-only";
import { db } from "@/lib/db";
import { Conflict, NotFound } from "@/lib/errors";
import type { WebhookEndpoint } from "@/lib/generated/prisma/client";
import { newWebhookSecret } from "@/lib/webhooks/signing";
import { checkEndpointUrl } from "@/lib/webhooks/check-endpoint-url";

const MAX_ENDPOINTS_PER_TEAM = 20;

// What the v1 and v3 routes and the dashboard hand over, their event types already checked (v1 and the
// dashboard: the types we emit; v3: HeyGen's whole enum). `events` null or absent: every type.
type NewEndpoint = { url: string; events?: readonly string[] | null };
type EndpointChange = {
  endpoint_id: string;
  url?: string | null;
  // Absent: unchanged; null: every type; a list replaces the list.
  events?: readonly string[] | null;
  status?: "enabled" | "disabled" | null;
};

export type EndpointView = {
  endpoint_id: string;
  url: string;
  status: "enabled" | "disabled";
  // null: every event type.
  events: string[] | null;
  // Only when created or rotated; null in every other answer.
  secret: string | null;
  created_at: string;
  // Beyond HeyGen: why the endpoint is disabled, and since when its deliveries fail.
  disabled_reason: string | null;
  failing_since: string | null;
};

function presentEndpoint(e: WebhookEndpoint, secret: string | null = null): EndpointView {
  return {
    endpoint_id: e.id,
    url: e.url,
    status: e.enabled ? "enabled" : "disabled",
    events: e.events.length ? e.events : null,
    secret,
    created_at: e.createdAt.toISOString(),
    disabled_reason: e.enabled ? null : e.disabledReason,
    failing_since: e.failingSince?.toISOString() ?? null,
  };
}

const uniqueEvents = (events: readonly string[] | null | undefined) => [...new Set(events ?? [])];

async function findEndpoint(teamId: string, endpointId: string): Promise<WebhookEndpoint> {
  const endpoint = await db().webhookEndpoint.findFirst({ where: { id: endpointId, teamId } });
  if (!endpoint) throw new NotFound("The webhook endpoint");
  return endpoint;
}

/** POST /v1/webhook/endpoint.add: checks the URL (OPTIONS, 1 s), stores the endpoint; the secret is shown once. */
export async function addEndpoint(teamId: string, body: NewEndpoint): Promise<EndpointView> {
  if ((await db().webhookEndpoint.count({ where: { teamId } })) >= MAX_ENDPOINTS_PER_TEAM) {
    throw new Conflict(`A team may have at most ${MAX_ENDPOINTS_PER_TEAM} webhook endpoints; delete one first.`);
  }
  await checkEndpointUrl(body.url);
  const secret = newWebhookSecret();
  const endpoint = await db().webhookEndpoint.create({ data: { teamId, url: body.url, events: uniqueEvents(body.events), secret } });
  return presentEndpoint(endpoint, secret);
}

/** GET /v1/webhook/endpoint.list: the team's endpoints, oldest first, without their secrets. */
export async function listEndpoints(teamId: string): Promise<EndpointView[]> {
  const rows = await db().webhookEndpoint.findMany({ where: { teamId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((e) => presentEndpoint(e));
}

/** PATCH /v1/webhook/endpoint.update: a new URL is checked like a new endpoint; `events: null` means all. */
export async function updateEndpoint(teamId: string, body: EndpointChange): Promise<EndpointView> {
  const endpoint = await findEndpoint(teamId, body.endpoint_id);
  if (body.url && body.url !== endpoint.url) await checkEndpointUrl(body.url);
  const updated = await db().webhookEndpoint.update({
    where: { id: endpoint.id },
    data: {
      ...(body.url ? { url: body.url } : {}),
      ...(body.events !== undefined ? { events: uniqueEvents(body.events) } : {}),
      ...(body.status && (body.status === "enabled") !== endpoint.enabled
        ? enabledData(body.status === "enabled", "Disabled through the API.")
        : {}),
    },
  });
  return presentEndpoint(updated);
}

/** DELETE /v1/webhook/endpoint.delete: the endpoint and its deliveries go; nothing more is sent to it. */
export async function deleteEndpoint(teamId: string, endpointId: string): Promise<{ endpoint_id: string }> {
  const endpoint = await findEndpoint(teamId, endpointId);
  await db().webhookEndpoint.delete({ where: { id: endpoint.id } });
  return { endpoint_id: endpoint.id };
}

/** A new secret for an endpoint, shown once; deliveries from now on (retries included) are signed with it. */
export async function rotateEndpointSecret(teamId: string, endpointId: string): Promise<EndpointView> {
  const endpoint = await findEndpoint(teamId, endpointId);
  const secret = newWebhookSecret();
  return presentEndpoint(await db().webhookEndpoint.update({ where: { id: endpoint.id }, data: { secret } }), secret);
}

function enabledData(enabled: boolean, reason: string) {
  // Enabling starts a clean slate: the 3-day failure clock restarts with the next failure.
  return enabled
    ? { enabled: true, disabledReason: null, disabledAt: null, failingSince: null }
    : { enabled: false, disabledReason: reason, disabledAt: new Date() };
}

/**
 * Enables or disables an endpoint (the dashboard's switch). A disabled endpoint receives no new events, and
 * its pending deliveries end as failed when their next attempt comes (redeliver them after enabling it).
 */
export async function setEndpointEnabled(
  teamId: string,
  endpointId: string,
  enabled: boolean,
  reason = "Disabled by a team member.",
): Promise<EndpointView> {
  const endpoint = await findEndpoint(teamId, endpointId);
  if (endpoint.enabled === enabled) return presentEndpoint(endpoint);
  return presentEndpoint(await db().webhookEndpoint.update({ where: { id: endpoint.id }, data: enabledData(enabled, reason) }));
}
