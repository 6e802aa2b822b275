import { createHmac } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { stopQueue } from "@/lib/queue";
import { moveVideo } from "@/lib/videos/move-video";
import { api, type Answer } from "./support/http";
import { makeKey, makeUser, truncateAll } from "./support/fixtures";
import { eventually, startReceiver, type Hit, type Receiver } from "./support/receiver";
import { startWorker, type RunningWorker } from "../support/worker";

// HeyGen v3's webhooks (HEYGEN-V3.md 8) over HTTP: the same endpoints as /v1/webhook/*, in v3's envelopes;
// deliveries by a real worker process to a receiver on loopback, as tests/integration/webhooks.test.ts runs them.
let receiver: Receiver; // on the one port the server and the worker allow past the fetch guard
let worker: RunningWorker;
let n = 0;
let path: (name: string) => string;

beforeAll(async () => {
  receiver = await startReceiver(inject("receiverPort"));
  worker = await startWorker(
    {
      STORAGE_DIR: inject("storageDir"),
      APP_URL: inject("baseUrl"),
      WORKER_CONCURRENCY: "1",
      WEBHOOK_RETRY_BASE_SECONDS: "0.5",
      ALLOWED_FETCH_HOSTS: `127.0.0.1:${receiver.port}`,
    },
    "v3-webhooks-worker",
  );
});

afterAll(async () => {
  await worker?.stop();
  await receiver?.close();
  await stopQueue();
});

beforeEach(async () => {
  await truncateAll();
  // Paths unique per test: a late delivery of an earlier test never counts in a later one.
  const prefix = `/v3t${++n}`;
  path = (name) => `${prefix}/${name}`;
});

const keyOf = async (label: string) => {
  const user = await makeUser(label);
  return { teamId: user.teamId, key: await makeKey(user.teamId) };
};

// A v3 failure: `{error: {code, message, param?}}`, nothing else.
function expectV3Error(res: Answer, status: number, code: string, param?: string) {
  expect(res.status, res.text).toBe(status);
  expect(Object.keys(res.body)).toEqual(["error"]);
  expect(res.body.error.code).toBe(code);
  expect(res.body.error.param).toBe(param);
}

async function create(key: string, json: unknown, at = "/v3/webhooks/endpoints") {
  const res = await api("POST", at, { key, json });
  expect(res.status, res.text).toBe(200);
  return res.body.data as { endpoint_id: string; secret: string; events: string[] | null };
}

type Payload = { event_type: string; event: string; event_data: Record<string, unknown> };

// Both signature styles on the exact bytes received, as a receiver checks them; answers the parsed body.
function verify(hit: Hit, secret: string): Payload {
  expect(hit.headers.signature).toBe(createHmac("sha256", secret).update(hit.raw).digest("hex"));
  return new Webhook(secret).verify(hit.raw.toString("utf8"), hit.headers as Record<string, string>) as Payload;
}

async function completeVideo(teamId: string): Promise<string> {
  const video = await db().video.create({ data: { teamId, request: {}, callbackId: "cb-v3", status: "processing", title: "v3 hook" } });
  const at = `teams/${teamId}/videos/${video.id}`;
  await moveVideo(video.id, { status: "completed", outputs: { video: `${at}/video.mp4`, thumbnail: `${at}/thumbnail.jpg` }, duration: 2 });
  return video.id;
}

const deliveriesDone = async () => (await db().webhookDelivery.count({ where: { status: "pending" } })) === 0;

describe("v3 webhook endpoints", () => {
  it("create, list with paging, patch replacing events, rotate, delete; the v1 list shows the same endpoints", async () => {
    const { key } = await keyOf("v3-endpoints");
    const url = receiver.url(path("first"));
    const created = await api("POST", "/v3/webhooks/endpoints", {
      key,
      json: { url, events: ["avatar_video.success", "video_translate.success", "avatar_video.success"], entity_id: "proj_1" },
    });
    expect(created.status, created.text).toBe(200);
    expect(Object.keys(created.body)).toEqual(["data"]);
    const first = created.body.data;
    expect(Object.keys(first).sort()).toEqual(["created_at", "endpoint_id", "events", "secret", "status", "url"]);
    expect(first).toMatchObject({ url, status: "enabled", events: ["avatar_video.success", "video_translate.success"] });
    expect(first.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(first.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // Checked as v1's endpoint.add checks it: an OPTIONS request first.
    expect(receiver.hits.filter((h) => h.method === "OPTIONS" && h.path === path("first"))).toHaveLength(1);
    const second = await create(key, { url: receiver.url(path("second")) });
    expect(second.events).toBeNull();

    // Oldest first, one a page, through has_more and next_token; secrets are never shown again.
    const page1 = await api("GET", "/v3/webhooks/endpoints?limit=1", { key });
    expect(page1.body).toEqual({ data: [{ ...first, secret: null }], has_more: true, next_token: expect.any(String) });
    const page2 = await api("GET", `/v3/webhooks/endpoints?limit=1&token=${page1.body.next_token}`, { key });
    expect(page2.body).toMatchObject({ data: [{ endpoint_id: second.endpoint_id, secret: null }], has_more: false, next_token: null });
    const all = await api("GET", "/v3/webhooks/endpoints", { key });
    expect(all.body.data.map((e: { endpoint_id: string }) => e.endpoint_id)).toEqual([first.endpoint_id, second.endpoint_id]);
    expect(all.body.has_more).toBe(false);

    // The same endpoints in v1's list (and so in the dashboard, which reads the same rows).
    const v1 = await api("GET", "/v1/webhook/endpoint.list", { key });
    expect(v1.body.code).toBe(100);
    expect(v1.body.data).toEqual([
      expect.objectContaining({ endpoint_id: first.endpoint_id, url, events: ["avatar_video.success", "video_translate.success"] }),
      expect.objectContaining({ endpoint_id: second.endpoint_id, events: null }),
    ]);

    // events replaces the whole list; null means every type; a new url is checked again.
    const at = `/v3/webhooks/endpoints/${first.endpoint_id}`;
    const patched = await api("PATCH", at, { key, json: { events: ["avatar_video.fail"] } });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body.data).toEqual({ ...first, events: ["avatar_video.fail"], secret: null });
    const everything = await api("PATCH", at, { key, json: { events: null, url: receiver.url(path("moved")) } });
    expect(everything.body.data).toMatchObject({ events: null, url: receiver.url(path("moved")), secret: null });
    expect(receiver.hits.filter((h) => h.method === "OPTIONS" && h.path === path("moved"))).toHaveLength(1);
    expect((await api("PATCH", at, { key, json: {} })).body.data).toMatchObject({ events: null, url: receiver.url(path("moved")) });

    // rotate-secret: a new secret at once, stored; the same Idempotency-Key answers it again, a new key rotates.
    const rotated = await api("POST", `${at}/rotate-secret`, { key, headers: { "Idempotency-Key": "rot-1" } });
    expect(rotated.status, rotated.text).toBe(200);
    expect(rotated.body).toEqual({ data: { endpoint_id: first.endpoint_id, secret: expect.stringMatching(/^whsec_/) } });
    expect(rotated.body.data.secret).not.toBe(first.secret);
    const stored = async () => (await db().webhookEndpoint.findUniqueOrThrow({ where: { id: first.endpoint_id } })).secret;
    expect(await stored()).toBe(rotated.body.data.secret);
    const replayed = await api("POST", `${at}/rotate-secret`, { key, headers: { "Idempotency-Key": "rot-1" } });
    expect(replayed.body.data.secret).toBe(rotated.body.data.secret);
    const again = await api("POST", `${at}/rotate-secret`, { key, headers: { "Idempotency-Key": "rot-2" } });
    const plain = await api("POST", `${at}/rotate-secret`, { key });
    expect(new Set([rotated.body.data.secret, again.body.data.secret, plain.body.data.secret]).size).toBe(3);
    expect(await stored()).toBe(plain.body.data.secret);

    // delete: `{data: {}, error: null}`; then it is gone for v3 and v1 alike.
    const deleted = await api("DELETE", at, { key });
    expect(deleted.status, deleted.text).toBe(200);
    expect(deleted.body).toEqual({ data: {}, error: null });
    expectV3Error(await api("DELETE", at, { key }), 404, "not_found");
    expectV3Error(await api("PATCH", at, { key, json: { events: null } }), 404, "not_found");
    expectV3Error(await api("POST", `${at}/rotate-secret`, { key }), 404, "not_found");
    expect((await api("GET", "/v1/webhook/endpoint.list", { key })).body.data.map((e: { endpoint_id: string }) => e.endpoint_id)).toEqual([
      second.endpoint_id,
    ]);
  });

  it("answers /v3/webhooks (HeyGen's skill-doc paths) with the same handlers", async () => {
    const { key } = await keyOf("v3-short");
    const made = await create(key, { url: receiver.url(path("short")), events: ["avatar_video.fail"] }, "/v3/webhooks");
    expect(made.secret).toMatch(/^whsec_/);
    const listed = await api("GET", "/v3/webhooks?limit=5", { key });
    expect(listed.body).toEqual({
      data: [expect.objectContaining({ endpoint_id: made.endpoint_id, events: ["avatar_video.fail"], secret: null })],
      has_more: false,
      next_token: null,
    });
    const deleted = await api("DELETE", `/v3/webhooks/${made.endpoint_id}`, { key });
    expect(deleted.body).toEqual({ data: {}, error: null });
    expect(await db().webhookEndpoint.count()).toBe(0);
    const wrong = await api("PATCH", `/v3/webhooks/${made.endpoint_id}`, { key, json: {} });
    expectV3Error(wrong, 405, "method_not_allowed");
    expect(wrong.headers.get("allow")).toBe("DELETE");
    expect((await api("PUT", "/v3/webhooks", { key, json: {} })).headers.get("allow")).toBe("GET, POST");
  });

  it("lists HeyGen's event types, the ones we emit first", async () => {
    const { key } = await keyOf("v3-types");
    const res = await api("GET", "/v3/webhooks/event-types", { key });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ has_more: false, next_token: null });
    expect(res.body.data).toHaveLength(30);
    expect(res.body.data.slice(0, 3).map((t: { event_type: string }) => t.event_type)).toEqual([
      "avatar_video.success",
      "avatar_video.fail",
      "avatar_video_gif.success",
    ]);
    expect(res.body.data[0].description).toContain("Emitted by Avatar Studio");
    expect(res.body.data.find((t: { event_type: string }) => t.event_type === "batch.finished").description).toContain("never emits");
  });

  it("answers bad input with 400 invalid_parameter naming the param, and stores nothing", async () => {
    const { key } = await keyOf("v3-bad");
    const url = receiver.url(path("x"));
    const bad = async (res: Promise<Answer>, param: string, words?: string) => {
      const answer = await res;
      expectV3Error(answer, 400, "invalid_parameter", param);
      if (words) expect(answer.body.error.message).toContain(words);
    };
    await bad(
      api("POST", "/v3/webhooks/endpoints", { key, json: { url, events: ["avatar_video.success", "video.exploded"] } }),
      "events",
      "video.exploded",
    );
    await bad(api("POST", "/v3/webhooks", { key, json: { url, events: ["nope"] } }), "events");
    await bad(api("POST", "/v3/webhooks/endpoints", { key, json: { url, events: "avatar_video.success" } }), "events");
    await bad(api("POST", "/v3/webhooks/endpoints", { key, json: {} }), "url");
    await bad(api("POST", "/v3/webhooks/endpoints", { key, json: { url: "ftp://example.com/hook" } }), "url");
    // The OPTIONS check, exactly as v1's: the receiver answers 404 here.
    await bad(api("POST", "/v3/webhooks/endpoints", { key, json: { url: receiver.url(path("no-options")) } }), "url", "OPTIONS");
    await bad(api("GET", "/v3/webhooks/endpoints?limit=0", { key }), "limit");
    await bad(api("GET", "/v3/webhooks/endpoints?limit=101", { key }), "limit");
    await bad(api("GET", "/v3/webhooks/endpoints?token=zzz", { key }), "token");
    await bad(api("GET", "/v3/webhooks/events?event_type=video.exploded", { key }), "event_type");
    await bad(api("GET", "/v3/webhooks/events?token=zzz", { key }), "token");
    expect(await db().webhookEndpoint.count()).toBe(0);

    const made = await create(key, { url });
    const at = `/v3/webhooks/endpoints/${made.endpoint_id}`;
    await bad(api("PATCH", at, { key, json: { events: ["avatar_video.success", "x"] } }), "events");
    await bad(api("POST", `${at}/rotate-secret`, { key, headers: { "Idempotency-Key": "has space" } }), "Idempotency-Key");
    expect(await db().webhookEndpoint.findUniqueOrThrow({ where: { id: made.endpoint_id } })).toMatchObject({
      events: [],
      secret: made.secret,
    });
    expectV3Error(await api("PATCH", "/v3/webhooks/endpoints/nope", { key, json: {} }), 404, "not_found");
    expectV3Error(await api("GET", "/v3/webhooks/endpoints", {}), 401, "unauthorized");
  });
});

describe("v3 webhook deliveries", () => {
  it("delivers {event, event_type, event_data} signed with the secret from create; rotating switches the key at once; events are listed", async () => {
    const { teamId, key } = await keyOf("v3-deliver");
    const endpoint = await create(key, { url: receiver.url(path("hook")), events: ["avatar_video.success", "video_agent.success"] });
    const ignored = await create(key, { url: receiver.url(path("never")), events: ["video_translate.success"] });

    const firstVideo = await completeVideo(teamId);
    await eventually(() => receiver.posts(path("hook")).length === 1 && deliveriesDone(), "the first delivery");
    const [hit] = receiver.posts(path("hook"));
    const payload = verify(hit!, endpoint.secret);
    expect(Object.keys(payload)).toEqual(["event_type", "event", "event_data"]);
    expect(payload).toMatchObject({ event_type: "avatar_video.success", event: "avatar_video.success" });
    expect(payload.event_data).toMatchObject({ video_id: firstVideo, callback_id: "cb-v3" });
    // An endpoint subscribed only to types we never emit gets nothing.
    expect(receiver.posts(path("never"))).toEqual([]);
    expect(ignored.endpoint_id).toBeTruthy();

    const rotated = await api("POST", `/v3/webhooks/endpoints/${endpoint.endpoint_id}/rotate-secret`, { key });
    const secondVideo = await completeVideo(teamId);
    await eventually(() => receiver.posts(path("hook")).length === 2 && deliveriesDone(), "the second delivery");
    const next = receiver.posts(path("hook"))[1]!;
    expect(verify(next, rotated.body.data.secret).event_data.video_id).toBe(secondVideo);
    expect(() => verify(next, endpoint.secret)).toThrow();

    // The recorded events, newest first: the id each delivery carried as webhook-id, the body's event_data.
    const events = await api("GET", "/v3/webhooks/events", { key });
    expect(events.status, events.text).toBe(200);
    expect(events.body).toMatchObject({ has_more: false, next_token: null });
    expect(events.body.data).toEqual([
      {
        event_id: next.headers["webhook-id"],
        event_type: "avatar_video.success",
        event_data: JSON.parse(next.raw.toString("utf8")).event_data,
        created_at: expect.stringMatching(/Z$/),
      },
      expect.objectContaining({ event_id: hit!.headers["webhook-id"], event_data: payload.event_data }),
    ]);
    const page1 = await api("GET", "/v3/webhooks/events?limit=1", { key });
    expect(page1.body).toMatchObject({ data: [{ event_id: next.headers["webhook-id"] }], has_more: true });
    const page2 = await api("GET", `/v3/webhooks/events?limit=1&token=${page1.body.next_token}`, { key });
    expect(page2.body).toMatchObject({ data: [{ event_id: hit!.headers["webhook-id"] }], has_more: false, next_token: null });
    const ofFirst = await api("GET", `/v3/webhooks/events?entity_id=${firstVideo}&event_type=avatar_video.success`, { key });
    expect(ofFirst.body.data.map((e: { event_id: string }) => e.event_id)).toEqual([hit!.headers["webhook-id"]]);
    expect((await api("GET", "/v3/webhooks/events?event_type=avatar_video.fail", { key })).body.data).toEqual([]);
  });
});
