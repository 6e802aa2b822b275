import { z } from "zod";
import { webhookEventTypes } from "@/lib/webhooks/event-types";

// What the webhook endpoint routes parse; the OpenAPI document is generated from the same schemas.
const url = z.string().trim().max(2048).pipe(z.url({ protocol: /^https?$/ }));
// null or absent: every event type (HeyGen's meaning); duplicates are dropped.
const events = z.array(z.enum(webhookEventTypes)).max(20).nullish();
const endpointId = z.string().trim().min(1).max(64);

export const addEndpointBody = z.object({ url, events });

export const updateEndpointBody = z.object({
  endpoint_id: endpointId,
  url: url.nullish(),
  // Absent: unchanged; null: every event type.
  events,
  // Beyond HeyGen: enable an endpoint again (after it was disabled for failing) or disable it.
  status: z.enum(["enabled", "disabled"]).nullish(),
});

export const endpointIdQuery = z.object({ endpoint_id: endpointId });

export type AddEndpointBody = z.infer<typeof addEndpointBody>;
export type UpdateEndpointBody = z.infer<typeof updateEndpointBody>;
