import { z } from "zod";
import { queryParam } from "@/lib/paging/page-token";
import { v3PageQuery } from "@/lib/paging/v3-page-query";
import { endpointUrl } from "@/lib/webhooks/schemas";
import { v3EventTypes } from "@/lib/webhooks/v3-event-types";

// What the /v3/webhooks routes parse (HEYGEN-V3.md 8.2); the OpenAPI document is generated from the same schemas.
const known: ReadonlySet<string> = new Set(v3EventTypes);

// null or absent: every event type; duplicates are dropped. Checked as one list rather than item by item, so an
// unknown type answers v3's `param: "events"` (not `events[1]`); the OpenAPI document still shows the enum.
const events = z
  .array(z.string().max(100))
  .max(100)
  .superRefine((list, ctx) => {
    const unknown = list.filter((type) => !known.has(type));
    if (unknown.length === 0) return;
    ctx.addIssue({
      code: "custom",
      message: `${unknown.map((t) => JSON.stringify(t)).join(", ")} ${unknown.length > 1 ? "are not event types" : "is not an event type"}; GET /v3/webhooks/event-types lists them`,
    });
  })
  .meta({ items: { enum: [...v3EventTypes] } })
  .nullish();

export const v3CreateEndpointBody = z.object({
  url: endpointUrl,
  events,
  // HeyGen scopes an endpoint to one entity (a personalised-video project); we have no such entities, so it is
  // accepted and ignored: the endpoint gets the team's events.
  entity_id: z.string().max(200).nullish(),
});

export const v3UpdateEndpointBody = z.object({
  url: endpointUrl.nullish(),
  // Absent: unchanged; a list replaces the whole list; null: every event type.
  events,
});

export const v3EndpointParams = z.object({ endpoint_id: z.string().trim().min(1).max(64) });

export const v3EndpointsQuery = v3PageQuery(100, 10);

export const v3EventsQuery = v3PageQuery(100, 10).extend({
  event_type: queryParam(z.enum(v3EventTypes).optional()),
  // The event's subject: the video id, for the video events.
  entity_id: queryParam(z.string().max(64).optional()),
});

export type V3CreateEndpointBody = z.infer<typeof v3CreateEndpointBody>;
export type V3UpdateEndpointBody = z.infer<typeof v3UpdateEndpointBody>;
export type V3EventsQuery = z.infer<typeof v3EventsQuery>;
