import { createHmac } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { toApiError } from "@/lib/api/to-api-error";
import { db } from "@/lib/db";
import { stopQueue } from "@/lib/queue";
import { moveVideo } from "@/lib/videos/move-video";
import { rotateCallbackSecret, teamCallbackSecret } from "@/lib/webhooks/callback-secret";
import { listDeliveryAttempts, listEndpointDeliveries, listVideoDeliveries, redeliver, sendTestEvent } from "@/lib/webhooks/deliveries";
import { rotateEndpointSecret, setEndpointEnabled } from "@/lib/webhooks/endpoints";
import { enqueueDelivery } from "@/lib/webhooks/delivery-queue";
import { resumeStalledDeliveries } from "@/lib/webhooks/resume-stalled-deliveries";
import { api } from "./support/http";
import { makeKey, makeUser, truncateAll } from "./support/fixtures";
import { eventually, startReceiver, type Hit, type Receiver } from "./support/receiver";
import { freePort } from "../support/server";
import { startWorker, type RunningWorker } from "../support/worker";

// Outgoing webhooks end to end: moveVideo (in this process, as a worker's report would) records the events,
// a real worker process (`npm run worker`'s entry) delivers them to receivers on loopback over real HTTP.
// A lib function's refusal as a route would answer it (status and code).
const answered = (work: Promise<unknown>) => work.catch((error: unknown) => Promise.reject(toApiError(error, "test")));
let receiver: Receiver; // on the one port the server and the worker allow past the fetch guard
let outside: Receiver; // a loopback port nobody allows
let downPort: number; // allowed for the worker; nothing listens there until a test starts a receiver
let worker: RunningWorker;
let n = 0;
let path: (name: string) => string;

beforeAll(async () => {
  receiver = await startReceiver(inject("receiverPort"));
  outside = await startReceiver();
  downPort = await freePort();
  worker = await startWorker(
    {
      STORAGE_DIR: inject("storageDir"),
      APP_URL: inject("baseUrl"),
      WORKER_CONCURRENCY: "1",
      WEBHOOK_RETRY_BASE_SECONDS: "0.5",
      ALLOWED_FETCH_HOSTS: `127.0.0.1:${receiver.port},127.0.0.1:${downPort}`,
    },
    "webhooks-worker",
  );
});

afterAll(async () => {
  await worker?.stop();
  await receiver?.close();
  await outside?.close();
  await stopQueue();
});

beforeEach(async () => {
  await truncateAll();
  // Paths unique per test: a late retry of an earlier test never counts in a later one.
  const prefix = `/t${++n}`;
  path = (name) => `${prefix}/${name}`;
});

async function team(label: string) {
  const user = await makeUser(label);
  return { teamId: user.teamId, key: await makeKey(user.teamId) };
}

async function addEndpoint(key: string, url: string, events?: string[] | null): Promise<{ endpoint_id: string; secret: string }> {
  const res = await api("POST", "/v1/webhook/endpoint.add", { key, json: { url, events } });
  expect(res.status, res.text).toBe(200);
  return res.body.data;
}

async function makeVideo(teamId: string, callbackUrl: string | null = null): Promise<string> {
  const video = await db().video.create({
    data: { teamId, request: {}, callbackUrl, callbackId: "cb-42", status: "processing", title: "Hook test" },
  });
  return video.id;
}

const outputsOf = (teamId: string, videoId: string, gif = true) => {
  const at = `teams/${teamId}/videos/${videoId}`;
  return {
    video: `${at}/video.mp4`,
    thumbnail: `${at}/thumbnail.jpg`,
    captionAss: `${at}/captions.ass`,
    ...(gif ? { gif: `${at}/preview.gif` } : {}),
  };
};

type Payload = { event_type: string; event: string; event_data: Record<string, unknown> };

// Checks both signature styles on the exact bytes received, as a receiver would; answers the parsed body.
function verify(hit: Hit, secret: string): Payload {
  expect(hit.headers["content-type"]).toBe("application/json");
  expect(hit.headers.signature).toBe(createHmac("sha256", secret).update(hit.raw).digest("hex"));
  const payload = new Webhook(secret).verify(hit.raw.toString("utf8"), hit.headers as Record<string, string>) as Payload;
  expect(payload.event).toBe(payload.event_type);
  return payload;
}

const deliveriesDone = async (where: object = {}) => (await db().webhookDelivery.count({ where: { ...where, status: "pending" } })) === 0;

describe("webhook endpoints API", () => {
  it("adds after an OPTIONS check, shows the secret once, lists, updates and deletes", async () => {
    const { key } = await team("endpoints");
    const url = receiver.url(path("all"));
    const added = await api("POST", "/v1/webhook/endpoint.add", { key, json: { url, events: null } });
    expect(added.status, added.text).toBe(200);
    expect(added.body).toMatchObject({
      code: 100,
      message: "Success",
      data: { url, status: "enabled", events: null, disabled_reason: null },
    });
    const { endpoint_id: id, secret } = added.body.data;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(new Date(added.body.data.created_at).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(receiver.hits.filter((h) => h.method === "OPTIONS" && h.path === path("all"))).toHaveLength(1);

    const list = await api("GET", "/v1/webhook/endpoint.list", { key });
    expect(list.body.data).toEqual([{ ...added.body.data, secret: null }]);

    const updated = await api("PATCH", "/v1/webhook/endpoint.update", {
      key,
      json: { endpoint_id: id, events: ["avatar_video.fail", "avatar_video.fail"] },
    });
    expect(updated.status, updated.text).toBe(200);
    expect(updated.body.data).toMatchObject({ endpoint_id: id, url, events: ["avatar_video.fail"], secret: null });
    const moved = await api("PATCH", "/v1/webhook/endpoint.update", { key, json: { endpoint_id: id, url: receiver.url(path("moved")) } });
    expect(moved.body.data).toMatchObject({ url: receiver.url(path("moved")), events: ["avatar_video.fail"] });
    const disabled = await api("PATCH", "/v1/webhook/endpoint.update", { key, json: { endpoint_id: id, status: "disabled" } });
    expect(disabled.body.data).toMatchObject({ status: "disabled", disabled_reason: expect.stringContaining("Disabled") });

    const types = await api("GET", "/v1/webhook/webhook.list", { key });
    expect(types.body).toEqual({
      code: 100,
      message: "Success",
      data: ["avatar_video.success", "avatar_video.fail", "avatar_video_gif.success"],
    });

    const del = await api("DELETE", `/v1/webhook/endpoint.delete?endpoint_id=${id}`, { key });
    expect(del.body.data).toEqual({ endpoint_id: id });
    expect((await api("DELETE", `/v1/webhook/endpoint.delete?endpoint_id=${id}`, { key })).status).toBe(404);
    expect((await api("PATCH", "/v1/webhook/endpoint.update", { key, json: { endpoint_id: id, events: null } })).status).toBe(404);
    expect((await api("GET", "/v1/webhook/endpoint.list", { key })).body.data).toEqual([]);
  });

  it("answers bad input with a 4xx naming the field, never 500", async () => {
    const { key } = await team("bad-input");
    const bad = async (method: string, url: string, json: unknown, field: string, status = 400) => {
      const res = await api(method, url, { key, json });
      expect(res.status, res.text).toBe(status);
      expect(res.body.error.message).toContain(field);
    };
    await bad("POST", "/v1/webhook/endpoint.add", {}, "url: is required");
    await bad("POST", "/v1/webhook/endpoint.add", { url: "ftp://example.com/hook" }, "url:");
    await bad("POST", "/v1/webhook/endpoint.add", { url: "not a url" }, "url:");
    await bad("POST", "/v1/webhook/endpoint.add", { url: 12 }, "url:");
    await bad(
      "POST",
      "/v1/webhook/endpoint.add",
      { url: receiver.url(path("x")), events: ["avatar_video.success", "video.exploded"] },
      "events[1]: must be one of",
    );
    await bad("POST", "/v1/webhook/endpoint.add", { url: receiver.url(path("x")), events: "avatar_video.success" }, "events:");
    // The OPTIONS check: a 404, a private address not in ALLOWED_FETCH_HOSTS, nothing listening.
    await bad("POST", "/v1/webhook/endpoint.add", { url: receiver.url(path("no-options")) }, "url:");
    await bad("POST", "/v1/webhook/endpoint.add", { url: outside.url(path("hook")) }, "ALLOWED_FETCH_HOSTS");
    await bad("POST", "/v1/webhook/endpoint.add", { url: `http://127.0.0.1:${downPort}/hook` }, "url:");
    await bad("PATCH", "/v1/webhook/endpoint.update", { events: null }, "endpoint_id: is required");
    await bad("PATCH", "/v1/webhook/endpoint.update", { endpoint_id: "nope", status: "paused" }, "status:");
    const res = await api("POST", "/v1/webhook/endpoint.add", { key, body: "{not json", headers: { "Content-Type": "application/json" } });
    expect(res.status).toBe(400);
    const noId = await api("DELETE", "/v1/webhook/endpoint.delete", { key });
    expect(noId.status).toBe(400);
    expect(noId.body.error.message).toContain("endpoint_id");
    expect(await db().webhookEndpoint.count()).toBe(0);
    expect(outside.hits).toEqual([]);
  });
});

describe("webhook deliveries", () => {
  it("a completed video reaches callback_url and subscribed endpoints, signed both ways on the exact bytes", async () => {
    const { teamId, key } = await team("success");
    const all = await addEndpoint(key, receiver.url(path("all")));
    const failOnly = await addEndpoint(key, receiver.url(path("fail-only")), ["avatar_video.fail"]);
    const gifOnly = await addEndpoint(key, receiver.url(path("gif-only")), ["avatar_video_gif.success"]);
    const videoId = await makeVideo(teamId, receiver.url(path("callback")));

    const result = await moveVideo(videoId, { status: "completed", outputs: outputsOf(teamId, videoId), duration: 3 });
    expect(result).toEqual({ status: "completed", moved: true });
    await eventually(() => deliveriesDone(), "every delivery to finish");

    // callback_url: the success event only (never the GIF event), signed with the team's callback secret.
    const [callback, ...moreCallbacks] = receiver.posts(path("callback"));
    expect(moreCallbacks).toEqual([]);
    const payload = verify(callback!, await teamCallbackSecret(teamId));
    expect(payload.event_type).toBe("avatar_video.success");
    expect(Object.keys(payload.event_data)).toEqual([
      "video_id",
      "url",
      "gif_download_url",
      "video_share_page_url",
      "caption_url",
      "folder_id",
      "callback_id",
      "callback_url",
    ]);
    expect(payload.event_data).toMatchObject({
      video_id: videoId,
      video_share_page_url: null,
      folder_id: null,
      callback_id: "cb-42",
      callback_url: receiver.url(path("callback")),
    });
    expect(payload.event_data.url).toMatch(/\/api\/files\/teams\/.+\/video\.mp4\?exp=\d+&sig=/);
    expect(payload.event_data.gif_download_url).toMatch(/preview\.gif\?exp=/);
    expect(payload.event_data.caption_url).toMatch(/captions\.ass\?exp=/);

    // The endpoint subscribed to everything: success and GIF events, both with the same body shape.
    const got = receiver.posts(path("all")).map((h) => verify(h, all.secret));
    expect(got.map((p) => p.event_type).sort()).toEqual(["avatar_video.success", "avatar_video_gif.success"]);
    expect(got.find((p) => p.event_type === "avatar_video_gif.success")!.event_data).toEqual(payload.event_data);
    expect(receiver.posts(path("fail-only"))).toEqual([]);
    expect(receiver.posts(path("gif-only")).map((h) => verify(h, gifOnly.secret).event_type)).toEqual(["avatar_video_gif.success"]);
    expect(failOnly.secret).not.toBe(all.secret);

    // webhook-id is the stored event's id; the bytes are the stored body.
    const event = await db().webhookEvent.findUniqueOrThrow({ where: { videoId_type: { videoId, type: "avatar_video.success" } } });
    expect(callback!.headers["webhook-id"]).toBe(event.id);
    expect(callback!.raw.equals(Buffer.from(event.body))).toBe(true);
    const deliveries = await listVideoDeliveries(teamId, videoId);
    expect(
      deliveries
        .map((d) => [d.eventType, d.destination === "callback" ? "callback" : d.url, d.status, d.attemptCount, d.lastStatusCode])
        .sort(),
    ).toEqual(
      [
        ["avatar_video.success", "callback", "succeeded", 1, 200],
        ["avatar_video.success", receiver.url(path("all")), "succeeded", 1, 200],
        ["avatar_video_gif.success", receiver.url(path("all")), "succeeded", 1, 200],
        ["avatar_video_gif.success", receiver.url(path("gif-only")), "succeeded", 1, 200],
      ].sort(),
    );
    const [attempt] = await listDeliveryAttempts(teamId, deliveries[0]!.id);
    expect(attempt).toMatchObject({ number: 1, statusCode: 200, error: null, responseExcerpt: "thanks", nextRetryAt: null });
    expect(attempt!.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("a failed video sends avatar_video.fail to callback_url and the endpoints subscribed to it", async () => {
    const { teamId, key } = await team("fail");
    const all = await addEndpoint(key, receiver.url(path("all")));
    const successOnly = await addEndpoint(key, receiver.url(path("success-only")), ["avatar_video.success", "avatar_video_gif.success"]);
    const videoId = await makeVideo(teamId, receiver.url(path("callback")));
    await moveVideo(videoId, { status: "failed", error: { code: "asset_unreachable", message: "Could not fetch the background." } });
    await eventually(() => deliveriesDone(), "the deliveries");
    for (const [at, secret] of [
      [path("callback"), await teamCallbackSecret(teamId)],
      [path("all"), all.secret],
    ] as const) {
      const hits = receiver.posts(at);
      expect(hits).toHaveLength(1);
      expect(verify(hits[0]!, secret)).toEqual({
        event_type: "avatar_video.fail",
        event: "avatar_video.fail",
        event_data: {
          video_id: videoId,
          msg: "Could not fetch the background.",
          code: "asset_unreachable",
          callback_id: "cb-42",
          callback_url: receiver.url(path("callback")),
        },
      });
    }
    expect(receiver.posts(path("success-only"))).toEqual([]);
    expect(successOnly.endpoint_id).toBeTruthy();
  });

  it("duplicate and out-of-order reports leave the right final state and one event per destination", async () => {
    const { teamId, key } = await team("dupes");
    await addEndpoint(key, receiver.url(path("all")));
    const videoId = await makeVideo(teamId, receiver.url(path("callback")));
    const outputs = outputsOf(teamId, videoId, false);

    await moveVideo(videoId, { status: "processing", progress: 30 });
    // The same completion reported five times at once, a late progress report and a late failure.
    const results = await Promise.all([
      ...Array.from({ length: 5 }, () => moveVideo(videoId, { status: "completed", outputs, duration: 2 })),
      moveVideo(videoId, { status: "processing", progress: 80 }),
    ]);
    expect(results.filter((r) => r?.moved && r.status === "completed")).toHaveLength(1);
    expect(await moveVideo(videoId, { status: "failed", error: { code: "internal_error", message: "late" } })).toEqual({
      status: "completed",
      moved: false,
    });
    expect(await moveVideo(videoId, { status: "completed", outputs })).toEqual({ status: "completed", moved: false });

    const video = await db().video.findUniqueOrThrow({ where: { id: videoId } });
    expect(video).toMatchObject({ status: "completed", progress: 100, errorCode: null });
    await eventually(() => deliveriesDone(), "the deliveries");
    expect(await db().webhookEvent.count({ where: { videoId } })).toBe(1);
    expect(receiver.posts(path("callback"))).toHaveLength(1);
    expect(receiver.posts(path("all"))).toHaveLength(1);
    // Nothing more arrives later either.
    await new Promise((r) => setTimeout(r, 1500));
    expect(receiver.posts(path("callback")).length + receiver.posts(path("all")).length).toBe(2);
  });

  it("a receiver answering 500 then 200 gets the same event id twice, and every attempt is recorded", async () => {
    const { teamId, key } = await team("flaky");
    const endpoint = await addEndpoint(key, receiver.url(path("flaky")));
    receiver.script(path("flaky"), [500]);
    const videoId = await makeVideo(teamId);
    await moveVideo(videoId, { status: "completed", outputs: outputsOf(teamId, videoId, false) });
    await eventually(() => deliveriesDone(), "the retry to succeed");

    const hits = receiver.posts(path("flaky"));
    expect(hits).toHaveLength(2);
    expect(hits[0]!.headers["webhook-id"]).toBe(hits[1]!.headers["webhook-id"]);
    expect(hits[0]!.raw.equals(hits[1]!.raw)).toBe(true);
    hits.forEach((h) => verify(h, endpoint.secret));

    const [delivery] = (await listEndpointDeliveries(teamId, endpoint.endpoint_id, { limit: 10 })).deliveries;
    expect(delivery).toMatchObject({
      status: "succeeded",
      attemptCount: 2,
      lastStatusCode: 200,
      lastError: null,
      videoId,
      eventType: "avatar_video.success",
    });
    const attempts = await listDeliveryAttempts(teamId, delivery!.id);
    expect(attempts.map((a) => [a.number, a.statusCode, a.responseExcerpt])).toEqual([
      [1, 500, "receiver is broken"],
      [2, 200, "thanks"],
    ]);
    expect(attempts[0]!.error).toContain("500");
    expect(attempts[0]!.nextRetryAt!.getTime()).toBeGreaterThan(attempts[0]!.attemptedAt.getTime());
    const endpointRow = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.endpoint_id } });
    expect(endpointRow.failingSince).toBeNull();
  });

  it("a receiver that is down for several attempts gets the event when it comes back", async () => {
    const { teamId } = await team("down");
    const videoId = await makeVideo(teamId, `http://127.0.0.1:${downPort}${path("callback")}`);
    await moveVideo(videoId, { status: "failed", error: { code: "cancelled", message: "Cancelled." } });
    const delivery = await eventually(
      async () => (await db().webhookDelivery.findMany({ where: { attemptCount: { gte: 3 } } }))[0],
      "three failed attempts",
    );
    const down = await startReceiver(downPort);
    try {
      await eventually(() => deliveriesDone(), "the delivery once the receiver is back");
      const hits = down.posts(path("callback"));
      expect(hits).toHaveLength(1);
      expect(verify(hits[0]!, await teamCallbackSecret(teamId)).event_data).toMatchObject({ video_id: videoId, code: "cancelled" });
      const attempts = await listDeliveryAttempts(teamId, delivery.id);
      expect(attempts.length).toBeGreaterThanOrEqual(4);
      expect(attempts.slice(0, 3).every((a) => a.statusCode === null && /refused/.test(a.error ?? ""))).toBe(true);
      expect(attempts.at(-1)).toMatchObject({ statusCode: 200, error: null });
      expect(hits[0]!.headers["webhook-id"]).toBe(delivery.eventId);
    } finally {
      await down.close();
    }
  });

  it("refuses a private-address destination unless ALLOWED_FETCH_HOSTS lists it, and never follows redirects", async () => {
    const { teamId, key } = await team("guard");
    await addEndpoint(key, receiver.url(path("redirect")));
    receiver.script(path("redirect"), [302, 302, 302, 302, 302, 302, 302, 302, 302, 302]);
    const videoId = await makeVideo(teamId, outside.url(path("callback")));
    await moveVideo(videoId, { status: "completed", outputs: outputsOf(teamId, videoId, false) });
    await eventually(async () => (await db().webhookAttempt.count({ where: { number: 1 } })) === 2, "the first attempts");

    const deliveries = await listVideoDeliveries(teamId, videoId);
    const callback = deliveries.find((d) => d.destination === "callback")!;
    const [refused] = await listDeliveryAttempts(teamId, callback.id);
    expect(refused).toMatchObject({ statusCode: null });
    expect(refused!.error).toContain("loopback");
    expect(refused!.error).toContain(`127.0.0.1:${outside.port} to ALLOWED_FETCH_HOSTS`);
    expect(outside.hits).toEqual([]);
    // A refused address is not tried again for 24 h: the delivery failed at its first attempt.
    const after = await db().webhookDelivery.findUniqueOrThrow({ where: { id: callback.id } });
    expect(after).toMatchObject({ status: "failed", attemptCount: 1, nextAttemptAt: null });
    expect(refused).toMatchObject({ nextRetryAt: null });

    const redirected = deliveries.find((d) => d.destination !== "callback")!;
    const [first] = await listDeliveryAttempts(teamId, redirected.id);
    expect(first).toMatchObject({ statusCode: 302 });
    expect(first!.error).toContain("redirects are not followed");
    expect(receiver.hits.filter((h) => h.path === "/redirected")).toEqual([]);
  });

  it("an endpoint failing for 3 days is disabled with the reason, and gets no new events", async () => {
    const { teamId, key } = await team("disable");
    const endpoint = await addEndpoint(key, receiver.url(path("broken")));
    receiver.script(path("broken"), [503]);
    await db().webhookEndpoint.update({
      where: { id: endpoint.endpoint_id },
      data: { failingSince: new Date(Date.now() - 4 * 24 * 3600_000) },
    });
    const test = await sendTestEvent(teamId, endpoint.endpoint_id);
    await eventually(() => deliveriesDone(), "the failed attempt");

    const [shown] = (await api("GET", "/v1/webhook/endpoint.list", { key })).body.data;
    expect(shown).toMatchObject({ endpoint_id: endpoint.endpoint_id, status: "disabled" });
    expect(shown.disabled_reason).toContain("failed for 3 days");
    expect(shown.disabled_reason).toContain("503");
    const delivery = await db().webhookDelivery.findUniqueOrThrow({ where: { id: test.id } });
    expect(delivery).toMatchObject({ status: "failed", attemptCount: 1, nextAttemptAt: null });

    const videoId = await makeVideo(teamId);
    await moveVideo(videoId, { status: "completed", outputs: outputsOf(teamId, videoId) });
    expect(await listVideoDeliveries(teamId, videoId)).toEqual([]);
    await expect(answered(redeliver(teamId, test.id))).rejects.toMatchObject({ status: 409 });

    const enabled = await setEndpointEnabled(teamId, endpoint.endpoint_id, true);
    expect(enabled).toMatchObject({ status: "enabled", disabled_reason: null, failing_since: null });
  });

  it("lib functions: test event, redelivery with the same id, secret rotation, per-endpoint and per-video lists", async () => {
    const { teamId, key } = await team("lib");
    const other = await team("lib-other");
    const endpoint = await addEndpoint(key, receiver.url(path("lib")));

    const test = await sendTestEvent(teamId, endpoint.endpoint_id);
    await eventually(() => receiver.posts(path("lib")).length === 1, "the test event");
    const [first] = receiver.posts(path("lib"));
    expect(verify(first!, endpoint.secret)).toMatchObject({
      event_type: "avatar_video.success",
      event_data: { video_id: "test_video_id" },
    });
    await eventually(() => deliveriesDone(), "the test delivery");

    // Redelivery: the same event id and bytes, one more attempt; another team's id answers like a missing one.
    await expect(answered(redeliver(other.teamId, test.id))).rejects.toMatchObject({ status: 404 });
    await redeliver(teamId, test.id);
    await eventually(() => receiver.posts(path("lib")).length === 2, "the redelivery");
    const second = receiver.posts(path("lib"))[1]!;
    expect(second.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);
    expect(second.raw.equals(first!.raw)).toBe(true);
    await eventually(
      async () => (await db().webhookDelivery.findUniqueOrThrow({ where: { id: test.id } })).attemptCount === 2,
      "the second attempt",
    );

    // A rotated endpoint secret signs what follows; the old one no longer verifies.
    const rotated = await rotateEndpointSecret(teamId, endpoint.endpoint_id);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(endpoint.secret);
    const oldCallbackSecret = await teamCallbackSecret(teamId);
    const newCallbackSecret = await rotateCallbackSecret(teamId);
    const videoId = await makeVideo(teamId, receiver.url(path("callback")));
    await moveVideo(videoId, { status: "completed", outputs: outputsOf(teamId, videoId, false) });
    await eventually(() => deliveriesDone(), "the deliveries");
    const third = receiver.posts(path("lib"))[2]!;
    verify(third, rotated.secret!);
    expect(() => verify(third, endpoint.secret)).toThrow();
    const callback = receiver.posts(path("callback"))[0]!;
    verify(callback, newCallbackSecret);
    expect(() => verify(callback, oldCallbackSecret)).toThrow();

    const page = await listEndpointDeliveries(teamId, endpoint.endpoint_id, { limit: 1 });
    expect(page.deliveries).toHaveLength(1);
    expect(page.deliveries[0]!.videoId).toBe(videoId);
    const next = await listEndpointDeliveries(teamId, endpoint.endpoint_id, { limit: 1, token: page.token! });
    expect(next.deliveries.map((d) => d.id)).toEqual([test.id]);
    expect((await listEndpointDeliveries(teamId, "callback", { limit: 10 })).deliveries.map((d) => d.videoId)).toEqual([videoId]);
    expect((await listVideoDeliveries(teamId, videoId)).map((d) => d.destination).sort()).toEqual(
      ["callback", endpoint.endpoint_id].sort(),
    );
    await expect(answered(listVideoDeliveries(other.teamId, videoId))).rejects.toMatchObject({ status: 404 });
    await expect(answered(listEndpointDeliveries(other.teamId, endpoint.endpoint_id, { limit: 10 }))).rejects.toMatchObject({
      status: 404,
    });
    await expect(answered(listDeliveryAttempts(other.teamId, test.id))).rejects.toMatchObject({ status: 404 });
    await expect(answered(sendTestEvent(other.teamId, endpoint.endpoint_id))).rejects.toMatchObject({ status: 404 });
  });

  it("a duplicate job sends nothing more; a delivery whose job was lost is resumed by the sweep", async () => {
    const { teamId, key } = await team("jobs");
    const endpoint = await addEndpoint(key, receiver.url(path("jobs")));
    const videoId = await makeVideo(teamId);
    await moveVideo(videoId, { status: "failed", error: { code: "internal_error", message: "Boom." } });
    await eventually(() => deliveriesDone(), "the first delivery");
    const [delivery] = await listVideoDeliveries(teamId, videoId);

    // A stale job for the attempt already made (another id, so pg-boss takes it): the worker does nothing.
    await db().$transaction((tx) => enqueueDelivery(tx, { deliveryId: delivery!.id, attempt: 0 }, { reason: "duplicate" }));
    await new Promise((r) => setTimeout(r, 2000));
    expect(receiver.posts(path("jobs"))).toHaveLength(1);

    // A pending delivery that no job will ever pick up (as if its job was lost) is found by the sweep.
    await db().webhookDelivery.update({
      where: { id: delivery!.id },
      data: { status: "pending", nextAttemptAt: new Date(Date.now() - 10 * 60_000) },
    });
    expect(await resumeStalledDeliveries()).toBe(1);
    await eventually(() => receiver.posts(path("jobs")).length === 2, "the resumed delivery");
    verify(receiver.posts(path("jobs"))[1]!, endpoint.secret);
    await eventually(() => deliveriesDone(), "the resumed delivery to be recorded");
    expect(await db().webhookDelivery.findUniqueOrThrow({ where: { id: delivery!.id } })).toMatchObject({
      status: "succeeded",
      attemptCount: 2,
    });
  });

  it("a video cancelled through the API sends one avatar_video.fail with code cancelled", async () => {
    const { teamId, key } = await team("cancel");
    const endpoint = await addEndpoint(key, receiver.url(path("all")));
    const videoId = await makeVideo(teamId, receiver.url(path("callback")));
    const res = await api("POST", `/v1/video.cancel?video_id=${videoId}`, { key });
    expect(res.status, res.text).toBe(200);
    expect((await api("POST", `/v1/video.cancel?video_id=${videoId}`, { key })).status).toBeLessThan(500);
    await eventually(async () => (await db().webhookDelivery.count()) === 2 && (await deliveriesDone()), "the deliveries");
    for (const [at, secret] of [
      [path("callback"), await teamCallbackSecret(teamId)],
      [path("all"), endpoint.secret],
    ] as const) {
      const hits = receiver.posts(at);
      expect(hits).toHaveLength(1);
      expect(verify(hits[0]!, secret).event_data).toMatchObject({ video_id: videoId, code: "cancelled" });
    }
  });
});
