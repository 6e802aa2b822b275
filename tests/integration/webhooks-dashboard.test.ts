import { createHmac } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { stopQueue } from "@/lib/queue";
import { moveVideo } from "@/lib/videos/move-video";
import { api, type Answer } from "./support/http";
import { makeUser, truncateAll, type TestUser } from "./support/fixtures";
import { eventually, startReceiver, type Receiver } from "./support/receiver";
import { startWorker, type RunningWorker } from "../support/worker";

// The dashboard's webhook routes (app/api/teams/[team]/webhooks, deliveries, callback-secret, a video's
// deliveries) over real HTTP with a session cookie; a real worker delivers to a receiver on loopback.
let receiver: Receiver;
let worker: RunningWorker;
let owner: TestUser;
let member: TestUser; // a member (no webhooks.manage) of the owner's team
let n = 0;
let path: (name: string) => string;

beforeAll(async () => {
  receiver = await startReceiver(inject("receiverPort"));
  worker = await startWorker(
    {
      STORAGE_DIR: inject("storageDir"),
      APP_URL: inject("baseUrl"),
      WORKER_CONCURRENCY: "1",
      ALLOWED_FETCH_HOSTS: `127.0.0.1:${receiver.port}`,
    },
    "webhooks-dashboard-worker",
  );
});

afterAll(async () => {
  await worker?.stop();
  await receiver?.close();
  await stopQueue();
});

beforeEach(async () => {
  await truncateAll();
  owner = await makeUser("hooks-owner");
  member = await makeUser("hooks-member");
  await db().membership.create({ data: { teamId: owner.teamId, userId: member.id, role: "member" } });
  const prefix = `/d${++n}`;
  path = (name) => `${prefix}/${name}`;
});

const T = () => `/api/teams/${owner.teamSlug}`;
const as = (user: TestUser, method: string, url: string, json?: unknown) => api(method, url, { cookie: user.cookie, json });
const ok = (res: Answer, status = 200) => {
  expect(res.status, res.text).toBe(status);
  return res.body.data;
};
const bad = async (res: Promise<Answer>, field: string, status = 400) => {
  const answer = await res;
  expect(answer.status, answer.text).toBe(status);
  expect(answer.body.error.message).toContain(field);
};

async function addEndpoint(events: string[] | null = null): Promise<{ endpoint_id: string; secret: string; url: string }> {
  return ok(await as(owner, "POST", `${T()}/webhooks`, { url: receiver.url(path("hook")), events }), 201).endpoint;
}

describe("dashboard webhook routes", () => {
  it("add, list without secrets, edit, disable with a reason, enable, delete; bad input names the field", async () => {
    await bad(as(owner, "POST", `${T()}/webhooks`, {}), "url: is required");
    await bad(as(owner, "POST", `${T()}/webhooks`, { url: "ftp://example.com/x", events: null }), "url:");
    await bad(as(owner, "POST", `${T()}/webhooks`, { url: receiver.url(path("hook")) }), "events: is required");
    await bad(as(owner, "POST", `${T()}/webhooks`, { url: receiver.url(path("hook")), events: [] }), "events: must have at least 1 items");
    await bad(
      as(owner, "POST", `${T()}/webhooks`, { url: receiver.url(path("hook")), events: ["video.exploded"] }),
      "events[0]: must be one of",
    );
    await bad(as(owner, "POST", `${T()}/webhooks`, { url: receiver.url(path("no-options")), events: null }), "url: ");
    expect(await db().webhookEndpoint.count()).toBe(0);

    const added = await addEndpoint(["avatar_video.fail"]);
    expect(added).toMatchObject({ url: receiver.url(path("hook")), status: "enabled", events: ["avatar_video.fail"] });
    expect(added.secret).toMatch(/^whsec_/);

    const overview = ok(await as(owner, "GET", `${T()}/webhooks`));
    expect(overview).toEqual({ endpoints: [{ ...added, secret: null, lastDelivery: null }], callback: { lastDelivery: null } });
    expect(JSON.stringify(overview)).not.toContain(added.secret);

    const url = `${T()}/webhooks/${added.endpoint_id}`;
    await bad(as(owner, "PATCH", url, { events: "avatar_video.fail" }), "events:");
    await bad(as(owner, "PATCH", url, { enabled: "yes" }), "enabled:");
    await bad(as(owner, "PATCH", url, { url: "not a url" }), "url:");
    const edited = ok(await as(owner, "PATCH", url, { url: receiver.url(path("moved")), events: null })).endpoint;
    expect(edited).toMatchObject({ url: receiver.url(path("moved")), events: null, secret: null });

    const disabled = ok(await as(owner, "PATCH", url, { enabled: false })).endpoint;
    expect(disabled.status).toBe("disabled");
    expect(disabled.disabled_reason).toMatch(/^Disabled by hooks-owner Tester on \d{4}-\d{2}-\d{2}\.$/);
    await bad(as(owner, "POST", `${url}/test`, {}), "disabled", 409);
    expect(ok(await as(owner, "PATCH", url, { enabled: true })).endpoint).toMatchObject({ status: "enabled", disabled_reason: null });

    expect(ok(await as(owner, "DELETE", url))).toEqual({ endpoint_id: added.endpoint_id });
    expect((await as(owner, "DELETE", url)).status).toBe(404);
    expect(ok(await as(owner, "GET", `${T()}/webhooks`)).endpoints).toEqual([]);
  });

  it("test event, its delivery and attempt in the log, redelivery with the same event id, secret rotation", async () => {
    const endpoint = await addEndpoint();
    await bad(as(owner, "POST", `${T()}/webhooks/${endpoint.endpoint_id}/test`, { type: "avatar_video.exploded" }), "type: must be one of");
    const sent = ok(await as(owner, "POST", `${T()}/webhooks/${endpoint.endpoint_id}/test`, { type: "avatar_video.fail" }), 201).delivery;
    expect(sent).toMatchObject({
      eventType: "avatar_video.fail",
      destination: endpoint.endpoint_id,
      status: "pending",
      videoId: null,
      videoTitle: null,
    });

    const log = `${T()}/webhooks/${endpoint.endpoint_id}/deliveries`;
    const delivered = await eventually(
      async () => ok(await as(owner, "GET", log)).deliveries.find((d: { status: string }) => d.status === "succeeded"),
      "the test delivery",
    );
    expect(delivered).toMatchObject({ id: sent.id, attemptCount: 1, lastStatusCode: 200 });
    const [hit] = receiver.posts(path("hook"));
    expect(hit!.headers.signature).toBe(createHmac("sha256", endpoint.secret).update(hit!.raw).digest("hex"));
    const attempts = ok(await as(owner, "GET", `${T()}/deliveries/${sent.id}/attempts`)).attempts;
    expect(attempts).toMatchObject([{ number: 1, statusCode: 200, responseExcerpt: "thanks", error: null }]);
    expect(ok(await as(owner, "GET", `${T()}/webhooks`)).endpoints[0].lastDelivery).toMatchObject({
      status: "succeeded",
      statusCode: 200,
      attempts: 1,
      eventType: "avatar_video.fail",
    });

    ok(await as(owner, "POST", `${T()}/deliveries/${sent.id}/redeliver`));
    await eventually(() => receiver.posts(path("hook")).length === 2, "the redelivery");
    expect(receiver.posts(path("hook"))[1]!.headers["webhook-id"]).toBe(hit!.headers["webhook-id"]);
    await eventually(
      async () => ok(await as(owner, "GET", `${T()}/deliveries/${sent.id}/attempts`)).attempts.length === 2,
      "the second attempt",
    );

    const rotated = ok(await as(owner, "POST", `${T()}/webhooks/${endpoint.endpoint_id}/rotate`)).endpoint;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(endpoint.secret);
    expect(JSON.stringify(ok(await as(owner, "GET", `${T()}/webhooks`)))).not.toContain(rotated.secret);

    await bad(as(owner, "GET", `${log}?limit=0`), "limit:");
    await bad(as(owner, "GET", `${log}?token=garbage`), "token:");
    for (const missing of [`${T()}/webhooks/nope/deliveries`, `${T()}/deliveries/nope/attempts`])
      expect((await as(owner, "GET", missing)).status).toBe(404);
    for (const missing of [`${T()}/webhooks/nope/rotate`, `${T()}/webhooks/nope/test`, `${T()}/deliveries/nope/redeliver`])
      expect((await as(owner, "POST", missing, {})).status).toBe(404);
  });

  it("a video's deliveries and the callback_url log; the callback secret is read and rotated", async () => {
    const endpoint = await addEndpoint(["avatar_video.success"]);
    const video = await db().video.create({
      data: {
        teamId: owner.teamId,
        request: {},
        title: "Spring launch",
        status: "processing",
        callbackUrl: receiver.url(path("callback")),
      },
    });
    await moveVideo(video.id, { status: "completed", outputs: { video: `teams/${owner.teamId}/videos/${video.id}/video.mp4` } });
    await eventually(
      async () => (await db().webhookDelivery.count({ where: { status: "pending" } })) === 0 && (await db().webhookDelivery.count()) === 2,
      "both deliveries",
    );

    const deliveries = ok(await as(owner, "GET", `${T()}/videos/${video.id}/deliveries`)).deliveries;
    expect(
      deliveries.map((d: { destination: string; status: string; videoTitle: string }) => [d.destination, d.status, d.videoTitle]).sort(),
    ).toEqual(
      [
        ["callback", "succeeded", "Spring launch"],
        [endpoint.endpoint_id, "succeeded", "Spring launch"],
      ].sort(),
    );
    const callbackLog = ok(await as(owner, "GET", `${T()}/webhooks/callback/deliveries?limit=1`));
    expect(callbackLog.deliveries).toMatchObject([{ destination: "callback", videoId: video.id, eventType: "avatar_video.success" }]);
    expect(ok(await as(owner, "GET", `${T()}/webhooks`)).callback.lastDelivery).toMatchObject({ status: "succeeded", statusCode: 200 });
    expect((await as(owner, "GET", `${T()}/videos/nope/deliveries`)).status).toBe(404);

    const secret = ok(await as(owner, "GET", `${T()}/callback-secret`)).secret;
    const [hit] = receiver.posts(path("callback"));
    expect(hit!.headers.signature).toBe(createHmac("sha256", secret).update(hit!.raw).digest("hex"));
    const rotated = ok(await as(owner, "POST", `${T()}/callback-secret/rotate`)).secret;
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    expect(ok(await as(owner, "GET", `${T()}/callback-secret`)).secret).toBe(rotated);
  });

  it("a member without webhooks.manage reads the endpoints and logs but changes nothing (403)", async () => {
    const endpoint = await addEndpoint();
    const sent = ok(await as(owner, "POST", `${T()}/webhooks/${endpoint.endpoint_id}/test`, {}), 201).delivery;
    const before = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.endpoint_id } });
    const callbackSecret = ok(await as(owner, "GET", `${T()}/callback-secret`)).secret;

    expect(ok(await as(member, "GET", `${T()}/webhooks`)).endpoints).toHaveLength(1);
    expect(ok(await as(member, "GET", `${T()}/webhooks/${endpoint.endpoint_id}/deliveries`)).deliveries).toHaveLength(1);
    ok(await as(member, "GET", `${T()}/deliveries/${sent.id}/attempts`));

    const refused: [string, string, unknown?][] = [
      ["POST", `${T()}/webhooks`, { url: receiver.url(path("member")), events: null }],
      ["PATCH", `${T()}/webhooks/${endpoint.endpoint_id}`, { enabled: false }],
      ["DELETE", `${T()}/webhooks/${endpoint.endpoint_id}`],
      ["POST", `${T()}/webhooks/${endpoint.endpoint_id}/rotate`],
      ["POST", `${T()}/webhooks/${endpoint.endpoint_id}/test`, {}],
      ["POST", `${T()}/deliveries/${sent.id}/redeliver`],
      ["GET", `${T()}/callback-secret`],
      ["POST", `${T()}/callback-secret/rotate`],
    ];
    for (const [method, url, json] of refused) {
      const res = await as(member, method, url, json);
      expect(res.status, `${method} ${url}: ${res.text}`).toBe(403);
      expect(res.text).not.toContain(callbackSecret);
    }
    // (updatedAt moves when the test delivery succeeds; nothing the member sent changed the endpoint.)
    const { url, events, secret, enabled, disabledReason } = before;
    expect(await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.endpoint_id } })).toMatchObject({
      url,
      events,
      secret,
      enabled,
      disabledReason,
    });
    expect(await db().webhookEndpoint.count()).toBe(1);
    expect(await db().webhookDelivery.count()).toBe(1);
    expect((await db().team.findUniqueOrThrow({ where: { id: owner.teamId } })).callbackSecret).toBe(callbackSecret);

    // Signed out: 401.
    expect((await api("GET", `${T()}/webhooks`)).status).toBe(401);
  });
});
