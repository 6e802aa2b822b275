import "server-only";
import { addEndpoint, listEndpoints, rotateEndpointSecret, updateEndpoint, type EndpointView } from "@/lib/webhooks/endpoints";
import type { V3CreateEndpointBody, V3UpdateEndpointBody } from "@/lib/webhooks/v3-schemas";

// HeyGen v3's webhook endpoints (HEYGEN-V3.md 8.1, 8.2) over the same endpoints as v1 and the dashboard: the
// same rows, URL check, secrets and deliveries, in v3's object shape.
type V3Endpoint = Pick<EndpointView, "endpoint_id" | "url" | "events" | "status" | "created_at" | "secret">;

const v3Endpoint = ({ endpoint_id, url, events, status, created_at, secret }: EndpointView): V3Endpoint => ({
  endpoint_id,
  url,
  events,
  status,
  created_at,
  secret,
});

/** POST /v3/webhooks/endpoints: checked and stored as v1's endpoint.add does; the secret is shown once. */
export async function createV3Endpoint(teamId: string, body: V3CreateEndpointBody): Promise<V3Endpoint> {
  return v3Endpoint(await addEndpoint(teamId, { url: body.url, events: body.events }));
}

/** GET /v3/webhooks/endpoints: the team's endpoints, oldest first, secrets null (at most 20, paged by the route). */
export async function listV3Endpoints(teamId: string): Promise<V3Endpoint[]> {
  return (await listEndpoints(teamId)).map(v3Endpoint);
}

/** PATCH /v3/webhooks/endpoints/{id}: a new URL is checked; `events` replaces the whole list (null: every type). */
export async function updateV3Endpoint(teamId: string, endpointId: string, body: V3UpdateEndpointBody): Promise<V3Endpoint> {
  return v3Endpoint(await updateEndpoint(teamId, { endpoint_id: endpointId, url: body.url, events: body.events }));
}

/**
 * POST /v3/webhooks/endpoints/{id}/rotate-secret: the old secret stops signing at once, retries included. (Its
 * Idempotency-Key is the route core's: a repeat answers the secret the first rotation made.)
 */
export async function rotateV3EndpointSecret(teamId: string, endpointId: string): Promise<{ endpoint_id: string; secret: string | null }> {
  const { endpoint_id, secret } = await rotateEndpointSecret(teamId, endpointId);
  return { endpoint_id, secret };
}
