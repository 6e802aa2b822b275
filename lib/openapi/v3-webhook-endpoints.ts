import type { Endpoint } from "@/lib/openapi/endpoints";
import { v3CreateEndpointBody, v3EndpointsQuery, v3EventsQuery, v3UpdateEndpointBody } from "@/lib/webhooks/v3-schemas";
import { v3EventTypes } from "@/lib/webhooks/v3-event-types";
import { arrayOf, dateTime, obj, str } from "@/lib/openapi/schema-parts";

// HeyGen v3's webhook endpoints (HEYGEN-V3.md 8), over the same endpoints as /v1/webhook/*.
const eventType = { enum: [...v3EventTypes] };

const endpoint = (secret: Record<string, unknown>) =>
  obj({
    endpoint_id: str,
    url: str,
    events: { oneOf: [{ type: "null" }, arrayOf(eventType)] },
    status: { enum: ["enabled", "disabled"] },
    created_at: dateTime,
    secret,
  });

const create: Omit<Endpoint, "path" | "operationId" | "summary"> = {
  method: "POST",
  description:
    "The URL must answer an OPTIONS request within 1 s (2xx), as for `POST /v1/webhook/endpoint.add`. `events` null or absent: every event type; any of HeyGen's types is accepted (`GET /v3/webhooks/event-types` says which we emit). `entity_id` is accepted and ignored. The answer's `secret` (`whsec_...`) is shown only here and by rotate-secret.",
  tag: "Webhooks",
  envelope: "v3",
  body: v3CreateEndpointBody,
  data: endpoint(str),
  extraErrors: [403, 409],
};
const list: Omit<Endpoint, "path" | "operationId" | "summary"> = {
  method: "GET",
  description: "Oldest first; `secret` is null. The same endpoints as `GET /v1/webhook/endpoint.list` and the dashboard.",
  tag: "Webhooks",
  envelope: "v3-list",
  query: v3EndpointsQuery,
  data: endpoint({ type: "null" }),
  extraErrors: [403],
};
const remove: Omit<Endpoint, "path" | "operationId" | "summary"> = {
  method: "DELETE",
  description: "The endpoint and its delivery log go; nothing more is sent to it.",
  tag: "Webhooks",
  envelope: "v3-deleted",
  pathParams: ["endpoint_id"],
  data: obj({}),
  extraErrors: [403],
};
const skillDoc = (path: string) => `The spelling of HeyGen's skill doc: the same as \`${path}\`.`;

export function v3WebhookEndpoints(): Endpoint[] {
  return [
    { ...create, path: "/v3/webhooks/endpoints", operationId: "v3CreateWebhookEndpoint", summary: "Create a webhook endpoint (v3)" },
    { ...list, path: "/v3/webhooks/endpoints", operationId: "v3ListWebhookEndpoints", summary: "List webhook endpoints (v3)" },
    {
      method: "PATCH",
      path: "/v3/webhooks/endpoints/{endpoint_id}",
      operationId: "v3UpdateWebhookEndpoint",
      summary: "Update a webhook endpoint (v3)",
      description: "A new `url` is checked like a new endpoint; `events` replaces the whole list (null: every type).",
      tag: "Webhooks",
      envelope: "v3",
      pathParams: ["endpoint_id"],
      body: v3UpdateEndpointBody,
      data: endpoint({ type: "null" }),
      extraErrors: [403],
    },
    {
      ...remove,
      path: "/v3/webhooks/endpoints/{endpoint_id}",
      operationId: "v3DeleteWebhookEndpoint",
      summary: "Delete a webhook endpoint (v3)",
    },
    {
      method: "POST",
      path: "/v3/webhooks/endpoints/{endpoint_id}/rotate-secret",
      operationId: "v3RotateWebhookSecret",
      summary: "Rotate a webhook endpoint's signing secret (v3)",
      description:
        "The old secret stops signing at once, retries included. The same `Idempotency-Key` again within 24 h (and no other rotation since) answers the same secret instead of rotating again.",
      tag: "Webhooks",
      envelope: "v3",
      pathParams: ["endpoint_id"],
      headers: [{ name: "Idempotency-Key", description: "1 to 255 of `A-Z a-z 0-9 _ - : .`; optional." }],
      data: obj({ endpoint_id: str, secret: str }),
      extraErrors: [403],
    },
    {
      method: "GET",
      path: "/v3/webhooks/event-types",
      operationId: "v3ListWebhookEventTypes",
      summary: "Webhook event types (v3)",
      description: "HeyGen's event types, the ones Avatar Studio emits first; each description says whether we emit it.",
      tag: "Webhooks",
      envelope: "v3-list",
      data: obj({ event_type: eventType, description: str }),
    },
    {
      method: "GET",
      path: "/v3/webhooks/events",
      operationId: "v3ListWebhookEvents",
      summary: "Recorded webhook events (v3)",
      description:
        "The team's events, newest first: every video event (whether or not an endpoint was subscribed) and the dashboard's test events. `event_id` is the `webhook-id` their deliveries carried; `entity_id` filters by video id.",
      tag: "Webhooks",
      envelope: "v3-list",
      query: v3EventsQuery,
      data: obj({ event_id: str, event_type: str, event_data: { type: "object" }, created_at: dateTime }),
      extraErrors: [403],
    },
    {
      ...create,
      path: "/v3/webhooks",
      operationId: "v3CreateWebhookEndpointAlias",
      summary: "Create a webhook endpoint (v3, short path)",
      description: skillDoc("POST /v3/webhooks/endpoints"),
    },
    {
      ...list,
      path: "/v3/webhooks",
      operationId: "v3ListWebhookEndpointsAlias",
      summary: "List webhook endpoints (v3, short path)",
      description: skillDoc("GET /v3/webhooks/endpoints"),
    },
    {
      ...remove,
      path: "/v3/webhooks/{endpoint_id}",
      operationId: "v3DeleteWebhookEndpointAlias",
      summary: "Delete a webhook endpoint (v3, short path)",
      description: skillDoc("DELETE /v3/webhooks/endpoints/{endpoint_id}"),
    },
  ];
}
