import { z } from "zod";
import { pageQuery } from "@/lib/paging/page-token";
import { webhookEventTypes } from "@/lib/webhooks/event-types";

// What the webhook endpoint routes parse; the OpenAPI document is generated from the same schemas.
export const endpointUrl = z
  .string()
  .trim()
  .max(2048)
  .pipe(z.url({ protocol: /^https?$/ }));
// null or absent: every event type (HeyGen's meaning); duplicates are dropped.
const events = z.array(z.enum(webhookEventTypes)).max(20).nullish();
const endpointId = z.string().trim().min(1).max(64);

export const addEndpointBody = z.object({ url: endpointUrl, events });

export const updateEndpointBody = z.object({
  endpoint_id: endpointId,
  url: endpointUrl.nullish(),
  // Absent: unchanged; null: every event type.
  events,
  // Beyond HeyGen: enable an endpoint again (after it was disabled for failing) or disable it.
  status: z.enum(["enabled", "disabled"]).nullish(),
});

export const endpointIdQuery = z.object({ endpoint_id: endpointId });
export const endpointIdParams = z.object({ id: endpointId });

// The dashboard's own routes (app/api/teams/[team]/webhooks/...). `events` is a non-empty list of the types
// ticked, or null for every type (also those added later); an empty list would mean "all" and is refused.
const dashboardEvents = z.array(z.enum(webhookEventTypes)).min(1).max(20).nullable();

export const createEndpointBody = z.object({ url: endpointUrl, events: dashboardEvents });

export const editEndpointBody = z.object({
  url: endpointUrl.optional(),
  events: dashboardEvents.optional(),
  enabled: z.boolean().optional(),
});

export const testEventBody = z.object({ type: z.enum(webhookEventTypes).optional() });

export type CreateEndpointBody = z.infer<typeof createEndpointBody>;
export type EditEndpointBody = z.infer<typeof editEndpointBody>;

// ?limit=&token= of a delivery log (newest first, cursor paging).
export const deliveryPageQuery = pageQuery(25);
