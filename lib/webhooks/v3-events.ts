import "server-only";
import { db } from "@/lib/db";
import { afterCursor, decodePageToken, encodePageToken } from "@/lib/paging/page-token";
import type { V3EventsQuery } from "@/lib/webhooks/v3-schemas";

type V3Event = { event_id: string; event_type: string; event_data: Record<string, unknown>; created_at: string };

// The stored body is the exact JSON every destination was sent ({event_type, event, event_data}).
function eventData(body: string): Record<string, unknown> {
  try {
    const data = (JSON.parse(body) as { event_data?: unknown }).event_data;
    return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * GET /v3/webhooks/events: the events recorded for the team (every video event, whether or not any endpoint
 * was subscribed, and the dashboard's test events), newest first, cursor paging. `event_id` is the
 * `webhook-id` its deliveries carried; `entity_id` filters by the video the event is about.
 */
export async function listV3Events(teamId: string, query: V3EventsQuery): Promise<{ data: V3Event[]; next_token: string | null }> {
  const rows = await db().webhookEvent.findMany({
    where: {
      teamId,
      ...(query.event_type ? { type: query.event_type } : {}),
      ...(query.entity_id ? { videoId: query.entity_id } : {}),
      ...afterCursor(decodePageToken(query.token)),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: { id: true, type: true, body: true, createdAt: true },
  });
  const shown = rows.slice(0, query.limit);
  const last = shown.at(-1);
  return {
    data: shown.map((e) => ({ event_id: e.id, event_type: e.type, event_data: eventData(e.body), created_at: e.createdAt.toISOString() })),
    next_token: rows.length > query.limit && last ? encodePageToken(last) : null,
  };
}
