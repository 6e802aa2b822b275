import { describe, expect, it } from "vitest";
import { toApiError } from "@/lib/api/to-api-error";
import { webhookEventTypes } from "@/lib/webhooks/event-types";
import { describeV3EventTypes, v3EventTypes } from "@/lib/webhooks/v3-event-types";
import { v3CreateEndpointBody, v3EventsQuery, v3UpdateEndpointBody } from "@/lib/webhooks/v3-schemas";

// HeyGen v3's webhook inputs (HEYGEN-V3.md 8.2, 8.3, 1.5).
const url = "https://hooks.example.com/heygen";

describe("v3 webhook event types", () => {
  it("are HeyGen's 30, the ones we emit first, each description saying whether we emit it", () => {
    expect(v3EventTypes).toHaveLength(30);
    expect(new Set(v3EventTypes).size).toBe(30);
    const listed = describeV3EventTypes();
    expect(listed.slice(0, 3).map((t) => t.event_type)).toEqual([...webhookEventTypes]);
    for (const t of listed.slice(0, 3)) expect(t.description).toContain("Emitted by Avatar Studio");
    for (const t of listed.slice(3)) expect(t.description).toContain("never emits");
  });
});

describe("v3 endpoint bodies", () => {
  it("accept any of HeyGen's types, null (every type) or nothing, and ignore entity_id", () => {
    expect(v3CreateEndpointBody.parse({ url, events: ["batch.finished", "avatar_video.success"], entity_id: "proj_1" })).toMatchObject({
      events: ["batch.finished", "avatar_video.success"],
    });
    expect(v3CreateEndpointBody.parse({ url, events: null }).events).toBeNull();
    expect(v3CreateEndpointBody.parse({ url }).events).toBeUndefined();
    expect(v3UpdateEndpointBody.parse({})).toEqual({});
  });

  it("refuse an unknown type as one invalid_parameter with param events, naming the type", () => {
    const result = v3CreateEndpointBody.safeParse({ url, events: ["avatar_video.success", "video.exploded"] });
    expect(result.success).toBe(false);
    const answer = toApiError(result.error, "test");
    expect(answer).toMatchObject({ status: 400, code: "invalid_parameter" });
    expect(answer.details).toEqual([{ path: "events", message: expect.stringContaining('"video.exploded" is not an event type') }]);
    expect(v3UpdateEndpointBody.safeParse({ events: "avatar_video.success" }).success).toBe(false);
  });

  it("check event_type of the events list against the same enum", () => {
    expect(v3EventsQuery.parse({ event_type: "video_agent.fail" })).toMatchObject({ event_type: "video_agent.fail", limit: 10 });
    expect(v3EventsQuery.parse({ event_type: "" }).event_type).toBeUndefined();
    expect(v3EventsQuery.safeParse({ event_type: "nope" }).success).toBe(false);
    expect(v3EventsQuery.safeParse({ limit: "101" }).success).toBe(false);
  });
});
