import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { api, type Answer } from "./support/http";
import { startReceiver, type Receiver } from "./support/receiver";
import { makeKey, makeUser, truncateAll, type TestUser } from "./support/fixtures";
import { listRoutes } from "./support/routes";
import { upload, uploadForm } from "./support/assets";

// Team A owns things; a user (or key) of team B tries to reach them. Another team's ids answer 404,
// and user-level routes never show team A. Every team-scoped route must have a case here.
type World = {
  a: TestUser;
  b: TestUser;
  bKey: string;
  aInviteId: string;
  aInviteToken: string;
  aKeyId: string;
  aMemberId: string;
  aVideoId: string;
  aAssetId: string;
  aPhotoId: string;
  aFolderId: string;
  aEndpointId: string;
  aDeliveryId: string;
  aProjectId: string;
  aSceneId: string;
  receiver: Receiver;
};
type Case = (w: World) => Promise<void>;

const is404 = (res: Answer) => expect(res.status, res.text).toBe(404);
const A = (w: World) => `/api/teams/${w.a.teamSlug}`;
// B signed in to the dashboard, naming A's team in X-Team: answered like a team that does not exist.
const asBInA = (w: World) => ({ cookie: w.b.cookie, headers: { "X-Team": w.a.teamSlug } });
const aEndpointKept = async (w: World) =>
  expect(await db().webhookEndpoint.findUniqueOrThrow({ where: { id: w.aEndpointId } })).toMatchObject({
    teamId: w.a.teamId,
    url: "https://hooks.example.com/a",
    enabled: true,
  });
const aFolderKept = async (w: World) =>
  expect(await db().folder.findUniqueOrThrow({ where: { id: w.aFolderId } })).toMatchObject({
    teamId: w.a.teamId,
    name: "A folder",
    trashedAt: null,
  });
const aDeliveryKept = async (w: World) =>
  expect(await db().webhookDelivery.findUniqueOrThrow({ where: { id: w.aDeliveryId } })).toMatchObject({
    teamId: w.a.teamId,
    status: "failed",
    attemptCount: 1,
  });
// A's draft untouched: same title, same one scene with its text.
const aProjectKept = async (w: World) => {
  const p = await db().project.findUniqueOrThrow({ where: { id: w.aProjectId }, include: { scenes: true } });
  expect(p).toMatchObject({ teamId: w.a.teamId, title: "A's project" });
  expect(p.scenes.map((s) => [s.id, (s.voice as { input_text?: string }).input_text])).toEqual([[w.aSceneId, "A's words"]]);
  expect(await db().video.count({ where: { projectId: w.aProjectId } })).toBe(0);
};
const P = (w: World, team = w.b.teamSlug) => `/api/teams/${team}/projects/${w.aProjectId}`;
// Tries a project route both ways: B's own slug with A's ids, and A's slug with B's session.
const bothWays = async (w: World, method: string, rest: string, json?: unknown) => {
  is404(await api(method, `${P(w)}${rest}`, { cookie: w.b.cookie, json }));
  is404(await api(method, `${P(w, w.a.teamSlug)}${rest}`, { cookie: w.b.cookie, json }));
  await aProjectKept(w);
};
const aAssetKept = async (w: World) => expect(await db().asset.count({ where: { id: w.aAssetId } })).toBe(1);
const aPhotoKept = async (w: World) =>
  expect(await db().talkingPhoto.findUniqueOrThrow({ where: { id: w.aPhotoId } })).toMatchObject({ name: "A's photo", deletedAt: null });

const cases: Record<string, Case> = {
  "GET /api/v1/user/me": async (w) => {
    const res = await api("GET", "/v1/user/me", { key: w.bKey });
    expect(res.body.data.team.slug).toBe(w.b.teamSlug);
  },
  "POST /api/v1/asset": async (w) => {
    const res = await upload(w.bKey, "png");
    expect((await db().asset.findUniqueOrThrow({ where: { id: res.body.data.id } })).teamId).toBe(w.b.teamId);
    is404(await api("POST", "/v1/asset", { ...asBInA(w), body: new Uint8Array(Buffer.from("x")) }));
  },
  "POST /api/v1/talking_photo": async (w) => {
    is404(await api("POST", "/v1/talking_photo", { ...asBInA(w), body: new Uint8Array(Buffer.from("x")) }));
    expect(await db().talkingPhoto.count({ where: { teamId: w.a.teamId } })).toBe(1);
  },
  "GET /api/v1/talking_photo.list": async (w) => {
    const res = await api("GET", "/v1/talking_photo.list", { key: w.bKey });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(w.aPhotoId);
    is404(await api("GET", "/v1/talking_photo.list", asBInA(w)));
  },
  "DELETE /api/v2/talking_photo/[id]": async (w) => {
    is404(await api("DELETE", `/v2/talking_photo/${w.aPhotoId}`, { key: w.bKey }));
    is404(await api("DELETE", `/v2/talking_photo/${w.aPhotoId}`, asBInA(w)));
    await aPhotoKept(w);
  },
  "GET /api/teams/[team]/talking-photos": async (w) => {
    is404(await api("GET", `${A(w)}/talking-photos`, { cookie: w.b.cookie }));
    const own = await api("GET", `/api/teams/${w.b.teamSlug}/talking-photos`, { cookie: w.b.cookie });
    expect(own.status).toBe(200);
    expect(own.text).not.toContain(w.aPhotoId);
  },
  "PATCH /api/teams/[team]/talking-photos/[photoId]": async (w) => {
    const json = { name: "B was here" };
    is404(await api("PATCH", `/api/teams/${w.b.teamSlug}/talking-photos/${w.aPhotoId}`, { cookie: w.b.cookie, json }));
    is404(await api("PATCH", `${A(w)}/talking-photos/${w.aPhotoId}`, { cookie: w.b.cookie, json }));
    await aPhotoKept(w);
  },
  "DELETE /api/teams/[team]/talking-photos/[photoId]": async (w) => {
    is404(await api("DELETE", `/api/teams/${w.b.teamSlug}/talking-photos/${w.aPhotoId}`, { cookie: w.b.cookie }));
    is404(await api("DELETE", `${A(w)}/talking-photos/${w.aPhotoId}`, { cookie: w.b.cookie }));
    await aPhotoKept(w);
  },
  "GET /api/v1/asset/list": async (w) => {
    const res = await api("GET", "/v1/asset/list", { key: w.bKey });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(w.aAssetId);
    is404(await api("GET", "/v1/asset/list", asBInA(w)));
  },
  "POST /api/v1/asset/[id]/delete": async (w) => {
    is404(await api("POST", `/v1/asset/${w.aAssetId}/delete`, { key: w.bKey }));
    is404(await api("POST", `/v1/asset/${w.aAssetId}/delete`, asBInA(w)));
    await aAssetKept(w);
  },
  "DELETE /api/v1/asset/[id]": async (w) => {
    is404(await api("DELETE", `/v1/asset/${w.aAssetId}`, { key: w.bKey }));
    is404(await api("DELETE", `/v1/asset/${w.aAssetId}`, asBInA(w)));
    await aAssetKept(w);
  },
  "GET /api/v1/folders": async (w) => {
    const res = await api("GET", "/v1/folders", { key: w.bKey });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(w.aFolderId);
    is404(await api("GET", "/v1/folders", asBInA(w)));
  },
  "POST /api/v1/folders/create": async (w) => {
    const res = await api("POST", "/v1/folders/create", { key: w.bKey, json: { name: "B folder" } });
    expect((await db().folder.findUniqueOrThrow({ where: { id: res.body.data.id } })).teamId).toBe(w.b.teamId);
    is404(await api("POST", "/v1/folders/create", { ...asBInA(w), json: { name: "sneaky" } }));
    expect(await db().folder.count({ where: { teamId: w.a.teamId } })).toBe(1);
  },
  "GET /api/teams": async (w) => {
    const res = await api("GET", "/api/teams", { cookie: w.b.cookie });
    expect(res.text).not.toContain(w.a.teamId);
  },
  "POST /api/teams": async (w) => {
    const res = await api("POST", "/api/teams", { cookie: w.b.cookie, json: { name: "B two" } });
    const members = await db().membership.findMany({ where: { team: { slug: res.body.data.team.slug } } });
    expect(members.map((m) => m.userId)).toEqual([w.b.id]);
  },
  "GET /api/teams/[team]": async (w) => is404(await api("GET", A(w), { cookie: w.b.cookie })),
  "PATCH /api/teams/[team]": async (w) => is404(await api("PATCH", A(w), { cookie: w.b.cookie, json: { name: "x" } })),
  "DELETE /api/teams/[team]": async (w) => is404(await api("DELETE", A(w), { cookie: w.b.cookie })),
  "GET /api/teams/[team]/members": async (w) => is404(await api("GET", `${A(w)}/members`, { cookie: w.b.cookie })),
  "PATCH /api/teams/[team]/members/[memberId]": async (w) => {
    // B's own team, A's membership id: still not found.
    is404(await api("PATCH", `/api/teams/${w.b.teamSlug}/members/${w.aMemberId}`, { cookie: w.b.cookie, json: { role: "admin" } }));
    is404(await api("PATCH", `${A(w)}/members/${w.aMemberId}`, { cookie: w.b.cookie, json: { role: "admin" } }));
  },
  "DELETE /api/teams/[team]/members/[memberId]": async (w) => {
    is404(await api("DELETE", `/api/teams/${w.b.teamSlug}/members/${w.aMemberId}`, { cookie: w.b.cookie }));
    is404(await api("DELETE", `${A(w)}/members/${w.aMemberId}`, { cookie: w.b.cookie }));
  },
  "POST /api/teams/[team]/leave": async (w) => is404(await api("POST", `${A(w)}/leave`, { cookie: w.b.cookie })),
  "POST /api/teams/[team]/transfer": async (w) =>
    is404(await api("POST", `${A(w)}/transfer`, { cookie: w.b.cookie, json: { member_id: w.aMemberId } })),
  "GET /api/teams/[team]/invites": async (w) => is404(await api("GET", `${A(w)}/invites`, { cookie: w.b.cookie })),
  "POST /api/teams/[team]/invites": async (w) =>
    is404(await api("POST", `${A(w)}/invites`, { cookie: w.b.cookie, json: { role: "member" } })),
  "DELETE /api/teams/[team]/invites/[inviteId]": async (w) => {
    is404(await api("DELETE", `/api/teams/${w.b.teamSlug}/invites/${w.aInviteId}`, { cookie: w.b.cookie }));
    is404(await api("DELETE", `${A(w)}/invites/${w.aInviteId}`, { cookie: w.b.cookie }));
  },
  "GET /api/teams/[team]/speech-keys": async (w) => is404(await api("GET", `${A(w)}/speech-keys`, { cookie: w.b.cookie })),
  "PUT /api/teams/[team]/speech-keys": async (w) => {
    is404(await api("PUT", `${A(w)}/speech-keys`, { cookie: w.b.cookie, json: { provider: "openai", api_key: "stolen" } }));
    expect(await db().speechKey.count({ where: { teamId: w.a.teamId } })).toBe(0);
  },
  "DELETE /api/teams/[team]/speech-keys": async (w) => {
    is404(await api("DELETE", `${A(w)}/speech-keys?provider=openai`, { cookie: w.b.cookie }));
  },
  "GET /api/teams/[team]/provider": async (w) => is404(await api("GET", `${A(w)}/provider`, { cookie: w.b.cookie })),
  "PUT /api/teams/[team]/provider": async (w) => {
    is404(
      await api("PUT", `${A(w)}/provider`, {
        cookie: w.b.cookie,
        json: { provider: "heygen", api_key: "stolen", base_url: "https://api.heygen.com" },
      }),
    );
    expect(await db().heygenConnection.count({ where: { teamId: w.a.teamId } })).toBe(0);
  },
  "DELETE /api/teams/[team]/provider": async (w) => {
    is404(await api("DELETE", `${A(w)}/provider`, { cookie: w.b.cookie }));
    expect((await db().team.findUniqueOrThrow({ where: { id: w.a.teamId } })).provider).toBe("local");
  },
  "GET /api/teams/[team]/keys": async (w) => is404(await api("GET", `${A(w)}/keys`, { cookie: w.b.cookie })),
  "POST /api/teams/[team]/keys": async (w) => is404(await api("POST", `${A(w)}/keys`, { cookie: w.b.cookie, json: { name: "x" } })),
  "DELETE /api/teams/[team]/keys/[keyId]": async (w) => {
    is404(await api("DELETE", `/api/teams/${w.b.teamSlug}/keys/${w.aKeyId}`, { cookie: w.b.cookie }));
    is404(await api("DELETE", `${A(w)}/keys/${w.aKeyId}`, { cookie: w.b.cookie }));
  },
  "POST /api/invites/[token]": async (w) => {
    // A's invite is bound to someone else's address: B cannot use it to get in.
    expect((await api("POST", `/api/invites/${w.aInviteToken}`, { cookie: w.b.cookie })).status).toBe(403);
    expect(await db().membership.count({ where: { teamId: w.a.teamId, userId: w.b.id } })).toBe(0);
  },
  "GET /api/account": async (w) => {
    const res = await api("GET", "/api/account", { cookie: w.b.cookie });
    expect(res.text).not.toContain(w.a.teamId);
  },
  "PATCH /api/account": async (w) => {
    await api("PATCH", "/api/account", { cookie: w.b.cookie, json: { name: "B renamed" } });
    expect((await db().user.findUniqueOrThrow({ where: { id: w.a.id } })).name).not.toBe("B renamed");
  },
  "POST /api/account/password": async (w) => {
    // The route acts on the caller's own account only; A's account is untouched.
    const res = await api("POST", "/api/account/password", {
      cookie: w.b.cookie,
      json: { current_password: "not B's password", new_password: "stolen password 1" },
    });
    expect(res.status).toBe(400);
    expect((await db().user.findUniqueOrThrow({ where: { id: w.a.id } })).sessionVersion).toBe(0);
  },
  "DELETE /api/account/sessions": async (w) => {
    // Ends the caller's own sessions only (a third user here, so B's session stays usable for the others).
    const c = await makeUser("sessions");
    expect((await api("DELETE", "/api/account/sessions", { cookie: c.cookie })).status).toBe(200);
    expect((await db().user.findUniqueOrThrow({ where: { id: w.a.id } })).sessionVersion).toBe(0);
    expect((await api("GET", "/api/account", { cookie: w.a.cookie })).status).toBe(200);
  },
  // ─── the HeyGen-compatible video API ───
  "POST /api/v2/video/generate": async (w) => {
    const body = { folder_id: w.aFolderId, video_inputs: [{ voice: { type: "silence", duration: 1 } }] };
    const res = await api("POST", "/v2/video/generate", { key: w.bKey, json: body });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.message).toContain("folder_id");
    expect(await db().video.count({ where: { teamId: w.b.teamId } })).toBe(0);
  },
  "GET /api/v1/video_status.get": async (w) => is404(await api("GET", `/v1/video_status.get?video_id=${w.aVideoId}`, { key: w.bKey })),
  "GET /api/v1/video.list": async (w) => {
    const res = await api("GET", "/v1/video.list", { key: w.bKey });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(w.aVideoId);
  },
  "DELETE /api/v1/video.delete": async (w) => {
    is404(await api("DELETE", `/v1/video.delete?video_id=${w.aVideoId}`, { key: w.bKey }));
    expect(await db().video.count({ where: { id: w.aVideoId } })).toBe(1);
  },
  "POST /api/v1/video.cancel": async (w) => {
    is404(await api("POST", `/v1/video.cancel?video_id=${w.aVideoId}`, { key: w.bKey }));
    expect((await db().video.findUniqueOrThrow({ where: { id: w.aVideoId } })).status).toBe("pending");
  },
  "GET /api/teams/[team]/videos": async (w) => {
    is404(await api("GET", `${A(w)}/videos`, { cookie: w.b.cookie }));
    const own = await api("GET", `/api/teams/${w.b.teamSlug}/videos`, { cookie: w.b.cookie });
    expect(own.text).not.toContain(w.aVideoId);
  },
  "DELETE /api/teams/[team]/videos/[videoId]": async (w) => {
    is404(await api("DELETE", `/api/teams/${w.b.teamSlug}/videos/${w.aVideoId}`, { cookie: w.b.cookie }));
    is404(await api("DELETE", `${A(w)}/videos/${w.aVideoId}`, { cookie: w.b.cookie }));
    expect(await db().video.count({ where: { id: w.aVideoId } })).toBe(1);
  },
  "POST /api/teams/[team]/videos/[videoId]/cancel": async (w) => {
    is404(await api("POST", `/api/teams/${w.b.teamSlug}/videos/${w.aVideoId}/cancel`, { cookie: w.b.cookie }));
    is404(await api("POST", `${A(w)}/videos/${w.aVideoId}/cancel`, { cookie: w.b.cookie }));
    expect((await db().video.findUniqueOrThrow({ where: { id: w.aVideoId } })).status).toBe("pending");
  },
  // ─── webhook endpoints ───
  "POST /api/v1/webhook/endpoint.add": async (w) => {
    const res = await api("POST", "/v1/webhook/endpoint.add", { key: w.bKey, json: { url: w.receiver.url("/b-hook") } });
    expect(res.status, res.text).toBe(200);
    expect((await db().webhookEndpoint.findUniqueOrThrow({ where: { id: res.body.data.endpoint_id } })).teamId).toBe(w.b.teamId);
    is404(await api("POST", "/v1/webhook/endpoint.add", { ...asBInA(w), json: { url: w.receiver.url("/sneaky") } }));
    expect(await db().webhookEndpoint.count({ where: { teamId: w.a.teamId } })).toBe(1);
  },
  "GET /api/v1/webhook/endpoint.list": async (w) => {
    const res = await api("GET", "/v1/webhook/endpoint.list", { key: w.bKey });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(w.aEndpointId);
    is404(await api("GET", "/v1/webhook/endpoint.list", asBInA(w)));
  },
  "PATCH /api/v1/webhook/endpoint.update": async (w) => {
    is404(
      await api("PATCH", "/v1/webhook/endpoint.update", {
        key: w.bKey,
        json: { endpoint_id: w.aEndpointId, url: w.receiver.url("/stolen"), status: "disabled" },
      }),
    );
    is404(
      await api("PATCH", "/v1/webhook/endpoint.update", {
        ...asBInA(w),
        json: { endpoint_id: w.aEndpointId, events: ["avatar_video.fail"] },
      }),
    );
    await aEndpointKept(w);
  },
  "DELETE /api/v1/webhook/endpoint.delete/[id]": async (w) => {
    is404(await api("DELETE", `/v1/webhook/endpoint.delete/${w.aEndpointId}`, { key: w.bKey }));
    is404(await api("DELETE", `/v1/webhook/endpoint.delete/${w.aEndpointId}`, asBInA(w)));
    await aEndpointKept(w);
  },
  "DELETE /api/v1/webhook/endpoint.delete": async (w) => {
    is404(await api("DELETE", `/v1/webhook/endpoint.delete?endpoint_id=${w.aEndpointId}`, { key: w.bKey }));
    is404(await api("DELETE", `/v1/webhook/endpoint.delete?endpoint_id=${w.aEndpointId}`, asBInA(w)));
    await aEndpointKept(w);
  },
  // ─── HeyGen v3 webhooks: the same endpoints ───
  "POST /api/v3/webhooks/endpoints": async (w) => {
    const res = await api("POST", "/v3/webhooks/endpoints", { key: w.bKey, json: { url: w.receiver.url("/b-v3-hook") } });
    expect(res.status, res.text).toBe(200);
    expect((await db().webhookEndpoint.findUniqueOrThrow({ where: { id: res.body.data.endpoint_id } })).teamId).toBe(w.b.teamId);
    is404(await api("POST", "/v3/webhooks/endpoints", { ...asBInA(w), json: { url: w.receiver.url("/sneaky") } }));
    expect(await db().webhookEndpoint.count({ where: { teamId: w.a.teamId } })).toBe(1);
  },
  "GET /api/v3/webhooks/endpoints": async (w) => {
    const res = await api("GET", "/v3/webhooks/endpoints?limit=100", { key: w.bKey });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(w.aEndpointId);
    is404(await api("GET", "/v3/webhooks/endpoints", asBInA(w)));
  },
  "PATCH /api/v3/webhooks/endpoints/[endpoint_id]": async (w) => {
    const json = { url: w.receiver.url("/stolen"), events: ["avatar_video.fail"] };
    is404(await api("PATCH", `/v3/webhooks/endpoints/${w.aEndpointId}`, { key: w.bKey, json }));
    is404(await api("PATCH", `/v3/webhooks/endpoints/${w.aEndpointId}`, { ...asBInA(w), json }));
    await aEndpointKept(w);
  },
  "DELETE /api/v3/webhooks/endpoints/[endpoint_id]": async (w) => {
    is404(await api("DELETE", `/v3/webhooks/endpoints/${w.aEndpointId}`, { key: w.bKey }));
    is404(await api("DELETE", `/v3/webhooks/endpoints/${w.aEndpointId}`, asBInA(w)));
    await aEndpointKept(w);
  },
  "POST /api/v3/webhooks/endpoints/[endpoint_id]/rotate-secret": async (w) => {
    is404(await api("POST", `/v3/webhooks/endpoints/${w.aEndpointId}/rotate-secret`, { key: w.bKey }));
    is404(
      await api("POST", `/v3/webhooks/endpoints/${w.aEndpointId}/rotate-secret`, {
        ...asBInA(w),
        headers: { ...asBInA(w).headers, "Idempotency-Key": "k1" },
      }),
    );
    expect(await db().webhookEndpoint.findUniqueOrThrow({ where: { id: w.aEndpointId } })).toMatchObject({ secret: "whsec_a" });
  },
  "GET /api/v3/webhooks/events": async (w) => {
    const res = await api("GET", "/v3/webhooks/events?limit=100", { key: w.bKey });
    expect(res.status, res.text).toBe(200);
    const aEvents = await db().webhookEvent.findMany({ where: { teamId: w.a.teamId }, select: { id: true } });
    expect(aEvents.length).toBeGreaterThan(0);
    for (const { id } of aEvents) expect(res.text).not.toContain(id);
    expect((await api("GET", `/v3/webhooks/events?entity_id=${w.aVideoId}`, { key: w.bKey })).body.data).toEqual([]);
    is404(await api("GET", "/v3/webhooks/events", asBInA(w)));
  },
  "GET /api/v3/webhooks/event-types": async (w) => {
    expect((await api("GET", "/v3/webhooks/event-types", { key: w.bKey })).status).toBe(200);
    is404(await api("GET", "/v3/webhooks/event-types", asBInA(w)));
  },
  "POST /api/v3/webhooks": async (w) => {
    is404(await api("POST", "/v3/webhooks", { ...asBInA(w), json: { url: w.receiver.url("/sneaky") } }));
    expect(await db().webhookEndpoint.count({ where: { teamId: w.a.teamId } })).toBe(1);
  },
  "GET /api/v3/webhooks": async (w) => {
    const res = await api("GET", "/v3/webhooks?limit=100", { key: w.bKey });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(w.aEndpointId);
    is404(await api("GET", "/v3/webhooks", asBInA(w)));
  },
  "DELETE /api/v3/webhooks/[endpoint_id]": async (w) => {
    is404(await api("DELETE", `/v3/webhooks/${w.aEndpointId}`, { key: w.bKey }));
    is404(await api("DELETE", `/v3/webhooks/${w.aEndpointId}`, asBInA(w)));
    await aEndpointKept(w);
  },
  // ─── the dashboard's webhook routes ───
  "GET /api/teams/[team]/webhooks": async (w) => {
    is404(await api("GET", `${A(w)}/webhooks`, { cookie: w.b.cookie }));
    const own = await api("GET", `/api/teams/${w.b.teamSlug}/webhooks`, { cookie: w.b.cookie });
    expect(own.status).toBe(200);
    expect(own.text).not.toContain(w.aEndpointId);
  },
  "POST /api/teams/[team]/webhooks": async (w) => {
    is404(await api("POST", `${A(w)}/webhooks`, { cookie: w.b.cookie, json: { url: w.receiver.url("/sneaky"), events: null } }));
    expect(await db().webhookEndpoint.count({ where: { teamId: w.a.teamId } })).toBe(1);
  },
  "PATCH /api/teams/[team]/webhooks/[endpointId]": async (w) => {
    const json = { url: w.receiver.url("/stolen"), enabled: false };
    is404(await api("PATCH", `/api/teams/${w.b.teamSlug}/webhooks/${w.aEndpointId}`, { cookie: w.b.cookie, json }));
    is404(await api("PATCH", `${A(w)}/webhooks/${w.aEndpointId}`, { cookie: w.b.cookie, json }));
    await aEndpointKept(w);
  },
  "DELETE /api/teams/[team]/webhooks/[endpointId]": async (w) => {
    is404(await api("DELETE", `/api/teams/${w.b.teamSlug}/webhooks/${w.aEndpointId}`, { cookie: w.b.cookie }));
    is404(await api("DELETE", `${A(w)}/webhooks/${w.aEndpointId}`, { cookie: w.b.cookie }));
    await aEndpointKept(w);
  },
  "POST /api/teams/[team]/webhooks/[endpointId]/rotate": async (w) => {
    is404(await api("POST", `/api/teams/${w.b.teamSlug}/webhooks/${w.aEndpointId}/rotate`, { cookie: w.b.cookie }));
    is404(await api("POST", `${A(w)}/webhooks/${w.aEndpointId}/rotate`, { cookie: w.b.cookie }));
    expect((await db().webhookEndpoint.findUniqueOrThrow({ where: { id: w.aEndpointId } })).secret).toBe("whsec_a");
  },
  "POST /api/teams/[team]/webhooks/[endpointId]/test": async (w) => {
    is404(await api("POST", `/api/teams/${w.b.teamSlug}/webhooks/${w.aEndpointId}/test`, { cookie: w.b.cookie, json: {} }));
    is404(await api("POST", `${A(w)}/webhooks/${w.aEndpointId}/test`, { cookie: w.b.cookie, json: {} }));
    expect(await db().webhookDelivery.count({ where: { endpointId: w.aEndpointId } })).toBe(1);
  },
  "GET /api/teams/[team]/webhooks/[endpointId]/deliveries": async (w) => {
    is404(await api("GET", `/api/teams/${w.b.teamSlug}/webhooks/${w.aEndpointId}/deliveries`, { cookie: w.b.cookie }));
    is404(await api("GET", `${A(w)}/webhooks/${w.aEndpointId}/deliveries`, { cookie: w.b.cookie }));
    const own = await api("GET", `/api/teams/${w.b.teamSlug}/webhooks/callback/deliveries`, { cookie: w.b.cookie });
    expect(own.status).toBe(200);
    expect(own.body.data.deliveries).toEqual([]);
  },
  "GET /api/teams/[team]/deliveries/[deliveryId]/attempts": async (w) => {
    is404(await api("GET", `/api/teams/${w.b.teamSlug}/deliveries/${w.aDeliveryId}/attempts`, { cookie: w.b.cookie }));
    is404(await api("GET", `${A(w)}/deliveries/${w.aDeliveryId}/attempts`, { cookie: w.b.cookie }));
  },
  "POST /api/teams/[team]/deliveries/[deliveryId]/redeliver": async (w) => {
    is404(await api("POST", `/api/teams/${w.b.teamSlug}/deliveries/${w.aDeliveryId}/redeliver`, { cookie: w.b.cookie }));
    is404(await api("POST", `${A(w)}/deliveries/${w.aDeliveryId}/redeliver`, { cookie: w.b.cookie }));
    await aDeliveryKept(w);
  },
  "POST /api/teams/[team]/videos/[videoId]/share": async (w) => {
    is404(await api("POST", `/api/teams/${w.b.teamSlug}/videos/${w.aVideoId}/share`, { cookie: w.b.cookie }));
    is404(await api("POST", `${A(w)}/videos/${w.aVideoId}/share`, { cookie: w.b.cookie }));
    is404(await api("POST", `${A(w)}/videos/${w.aVideoId}/share`, { key: w.bKey }));
    expect((await db().video.findUniqueOrThrow({ where: { id: w.aVideoId } })).shareToken).toBeNull();
  },
  "DELETE /api/teams/[team]/videos/[videoId]/share": async (w) => {
    await db().video.update({ where: { id: w.aVideoId }, data: { shareToken: "a_share_token_aaaaaaaaa" } });
    is404(await api("DELETE", `/api/teams/${w.b.teamSlug}/videos/${w.aVideoId}/share`, { cookie: w.b.cookie }));
    is404(await api("DELETE", `${A(w)}/videos/${w.aVideoId}/share`, { cookie: w.b.cookie }));
    is404(await api("DELETE", `${A(w)}/videos/${w.aVideoId}/share`, { key: w.bKey }));
    expect((await db().video.findUniqueOrThrow({ where: { id: w.aVideoId } })).shareToken).toBe("a_share_token_aaaaaaaaa");
    await db().video.update({ where: { id: w.aVideoId }, data: { shareToken: null } });
  },
  "GET /api/teams/[team]/usage": async (w) => {
    await db().video.create({
      data: { teamId: w.a.teamId, request: {}, status: "completed", duration: 60, completedAt: new Date(), createdById: w.a.id },
    });
    is404(await api("GET", `${A(w)}/usage`, { cookie: w.b.cookie }));
    const own = await api("GET", `/api/teams/${w.b.teamSlug}/usage`, { cookie: w.b.cookie });
    expect(own.body.data.total).toBe(0);
  },
  "GET /api/teams/[team]/videos/[videoId]/deliveries": async (w) => {
    is404(await api("GET", `/api/teams/${w.b.teamSlug}/videos/${w.aVideoId}/deliveries`, { cookie: w.b.cookie }));
    is404(await api("GET", `${A(w)}/videos/${w.aVideoId}/deliveries`, { cookie: w.b.cookie }));
  },
  "GET /api/teams/[team]/callback-secret": async (w) => {
    is404(await api("GET", `${A(w)}/callback-secret`, { cookie: w.b.cookie }));
    const own = await api("GET", `/api/teams/${w.b.teamSlug}/callback-secret`, { cookie: w.b.cookie });
    expect(own.body.data.secret).toMatch(/^whsec_/);
    expect(own.body.data.secret).not.toBe("whsec_a_callback");
  },
  "POST /api/teams/[team]/callback-secret/rotate": async (w) => {
    is404(await api("POST", `${A(w)}/callback-secret/rotate`, { cookie: w.b.cookie }));
    expect((await db().team.findUniqueOrThrow({ where: { id: w.a.teamId } })).callbackSecret).toBe("whsec_a_callback");
  },
  "GET /api/teams/[team]/projects": async (w) => {
    const own = await api("GET", `/api/teams/${w.b.teamSlug}/projects`, { cookie: w.b.cookie });
    expect(own.status).toBe(200);
    expect(own.text).not.toContain(w.aProjectId);
    is404(await api("GET", `${A(w)}/projects`, { cookie: w.b.cookie }));
  },
  "POST /api/teams/[team]/projects": async (w) => {
    is404(await api("POST", `${A(w)}/projects`, { cookie: w.b.cookie, json: { title: "Planted" } }));
    const res = await api("POST", `/api/teams/${w.b.teamSlug}/projects`, {
      cookie: w.b.cookie,
      json: { title: "B's", folder_id: w.aFolderId },
    });
    expect(res.status, res.text).toBe(400);
    expect(await db().project.count({ where: { teamId: w.a.teamId } })).toBe(1);
  },
  "GET /api/teams/[team]/projects/[projectId]": (w) => bothWays(w, "GET", ""),
  "PATCH /api/teams/[team]/projects/[projectId]": (w) => bothWays(w, "PATCH", "", { title: "Stolen" }),
  "DELETE /api/teams/[team]/projects/[projectId]": (w) => bothWays(w, "DELETE", ""),
  "POST /api/teams/[team]/projects/[projectId]/duplicate": async (w) => {
    await bothWays(w, "POST", "/duplicate");
    expect(await db().project.count()).toBe(1);
  },
  "POST /api/teams/[team]/projects/[projectId]/scenes": (w) => bothWays(w, "POST", "/scenes", {}),
  "PATCH /api/teams/[team]/projects/[projectId]/scenes/[sceneId]": (w) =>
    bothWays(w, "PATCH", `/scenes/${w.aSceneId}`, {
      voice: { type: "text", input_text: "Stolen" },
      changed: ["voice.input_text"],
      edited_at: Date.now(),
    }),
  "DELETE /api/teams/[team]/projects/[projectId]/scenes/[sceneId]": (w) => bothWays(w, "DELETE", `/scenes/${w.aSceneId}`),
  "POST /api/teams/[team]/projects/[projectId]/scenes/[sceneId]/duplicate": (w) => bothWays(w, "POST", `/scenes/${w.aSceneId}/duplicate`),
  "POST /api/teams/[team]/projects/[projectId]/scenes/[sceneId]/move": (w) =>
    bothWays(w, "POST", `/scenes/${w.aSceneId}/move`, { position: 0 }),
  "POST /api/teams/[team]/projects/[projectId]/generate": (w) => bothWays(w, "POST", "/generate"),
  "GET /api/teams/[team]/projects/[projectId]/renders": (w) => bothWays(w, "GET", "/renders"),
  "POST /api/teams/[team]/projects/[projectId]/restore": (w) => bothWays(w, "POST", "/restore", { video_id: w.aVideoId }),
  "GET /api/v1/webhook/webhook.list": async (w) => expect((await api("GET", "/v1/webhook/webhook.list", { key: w.bKey })).status).toBe(200),
  // The catalog is the same for every team: nothing of A's to leak, only check B gets an answer.
  "GET /api/v2/avatars": async (w) => expect((await api("GET", "/v2/avatars", { key: w.bKey })).status).toBe(200),
  "POST /api/v1/folders/[id]": async (w) => {
    is404(await api("POST", `/v1/folders/${w.aFolderId}`, { key: w.bKey, json: { name: "B was here" } }));
    is404(await api("POST", `/v1/folders/${w.aFolderId}`, { ...asBInA(w), json: { name: "B was here" } }));
    await aFolderKept(w);
  },
  "POST /api/v1/folders/[id]/trash": async (w) => {
    is404(await api("POST", `/v1/folders/${w.aFolderId}/trash`, { key: w.bKey }));
    is404(await api("POST", `/v1/folders/${w.aFolderId}/trash`, asBInA(w)));
    await aFolderKept(w);
  },
  "POST /api/v1/folders/[id]/restore": async (w) => {
    await db().folder.update({ where: { id: w.aFolderId }, data: { trashedAt: new Date() } });
    is404(await api("POST", `/v1/folders/${w.aFolderId}/restore`, { key: w.bKey }));
    is404(await api("POST", `/v1/folders/${w.aFolderId}/restore`, asBInA(w)));
    expect((await db().folder.findUniqueOrThrow({ where: { id: w.aFolderId } })).trashedAt).not.toBeNull();
    await db().folder.update({ where: { id: w.aFolderId }, data: { trashedAt: null } });
  },
  "GET /api/v2/avatar_group.list": async (w) => {
    const res = await api("GET", "/v2/avatar_group.list", { key: w.bKey });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(w.aPhotoId);
    is404(await api("GET", "/v2/avatar_group.list", asBInA(w)));
  },
  "GET /api/v2/avatar_group/[group_id]/avatars": async (w) => {
    is404(await api("GET", `/v2/avatar_group/${w.aPhotoId}/avatars`, { key: w.bKey }));
    is404(await api("GET", `/v2/avatar_group/${w.aPhotoId}/avatars`, asBInA(w)));
    await aPhotoKept(w);
  },
  "POST /api/v3/assets": async (w) => {
    const res = await uploadForm({ key: w.bKey }, "png");
    expect((await db().asset.findUniqueOrThrow({ where: { id: res.body.data.asset_id } })).teamId).toBe(w.b.teamId);
    is404(await uploadForm(asBInA(w), "png"));
    // Nor can B's session import a URL into A's team.
    is404(await api("POST", "/v1/asset", { ...asBInA(w), json: { url: "https://example.com/a.png" } }));
    await aAssetKept(w);
  },
  "GET /api/v3/users/me": async (w) => {
    const res = await api("GET", "/v3/users/me", { key: w.bKey });
    expect(res.body.data.email).toBe(w.b.email);
    is404(await api("GET", "/v3/users/me", asBInA(w)));
  },
  "GET /api/v3/voices": async (w) => {
    expect((await api("GET", "/v3/voices?type=private", { key: w.bKey })).status).toBe(200);
    is404(await api("GET", "/v3/voices", asBInA(w)));
  },
  "GET /api/v3/voices/[voice_id]": async (w) => {
    expect((await api("GET", "/v3/voices/avs_voice_en_clara", { key: w.bKey })).status).toBe(200);
    is404(await api("GET", "/v3/voices/avs_voice_en_clara", asBInA(w)));
  },
  "GET /api/v3/avatars": async (w) => {
    const res = await api("GET", "/v3/avatars?limit=50", { key: w.bKey });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(w.aPhotoId);
    is404(await api("GET", "/v3/avatars", asBInA(w)));
  },
  "GET /api/v3/avatars/[group_id]": async (w) => {
    is404(await api("GET", `/v3/avatars/${w.aPhotoId}`, { key: w.bKey }));
    is404(await api("GET", `/v3/avatars/${w.aPhotoId}`, asBInA(w)));
  },
  "GET /api/v3/avatars/looks": async (w) => {
    const res = await api("GET", "/v3/avatars/looks?limit=50&avatar_type=photo_avatar", { key: w.bKey });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(w.aPhotoId);
    is404(await api("GET", "/v3/avatars/looks", asBInA(w)));
  },
  "GET /api/v3/avatars/looks/[look_id]": async (w) => {
    is404(await api("GET", `/v3/avatars/looks/${w.aPhotoId}`, { key: w.bKey }));
    is404(await api("GET", `/v3/avatars/looks/${w.aPhotoId}`, asBInA(w)));
    await aPhotoKept(w);
  },
  "POST /api/v3/videos": async (w) => {
    const body = { type: "avatar", avatar_id: w.aPhotoId, script: "Hello.", voice_id: "avs_voice_en_clara" };
    const res = await api("POST", "/v3/videos", { key: w.bKey, json: body });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_parameter", param: "avatar_id" });
    is404(await api("POST", "/v3/videos", { ...asBInA(w), json: body }));
    await aPhotoKept(w);
  },
  "GET /api/v3/videos": async (w) => {
    const res = await api("GET", "/v3/videos?limit=100", { key: w.bKey });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(w.aVideoId);
    is404(await api("GET", "/v3/videos", asBInA(w)));
  },
  "GET /api/v3/videos/[video_id]": async (w) => {
    is404(await api("GET", `/v3/videos/${w.aVideoId}`, { key: w.bKey }));
    is404(await api("GET", `/v3/videos/${w.aVideoId}`, asBInA(w)));
  },
  "DELETE /api/v3/videos/[video_id]": async (w) => {
    is404(await api("DELETE", `/v3/videos/${w.aVideoId}`, { key: w.bKey }));
    is404(await api("DELETE", `/v3/videos/${w.aVideoId}`, asBInA(w)));
    expect(await db().video.count({ where: { id: w.aVideoId } })).toBe(1);
  },
  "GET /api/v1/avatar.list": async (w) => {
    const res = await api("GET", "/v1/avatar.list", { key: w.bKey });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(w.aPhotoId);
    is404(await api("GET", "/v1/avatar.list", asBInA(w)));
  },
  "GET /api/v1/voice.list": async (w) => {
    expect((await api("GET", "/v1/voice.list", { key: w.bKey })).status).toBe(200);
    is404(await api("GET", "/v1/voice.list", asBInA(w)));
  },
  "GET /api/v2/avatar/[avatar_id]/details": async (w) => {
    is404(await api("GET", `/v2/avatar/${w.aPhotoId}/details`, { key: w.bKey }));
    is404(await api("GET", `/v2/avatar/${w.aPhotoId}/details`, asBInA(w)));
    await aPhotoKept(w);
  },
  "GET /api/v2/voices": async (w) => expect((await api("GET", "/v2/voices", { key: w.bKey })).status).toBe(200),
  "GET /api/v2/voices/[voice_id]/preview": async (w) => {
    const res = await api("GET", "/v2/voices/avs_voice_en_us_kal/preview?text=Hi", { key: w.bKey });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("audio/mpeg");
  },
  "GET /api/v2/user/remaining_quota": async (w) => {
    await db().team.update({ where: { id: w.a.teamId }, data: { quotaSeconds: 1234 } });
    const res = await api("GET", "/v2/user/remaining_quota", { key: w.bKey });
    expect(res.body.data.remaining_quota).not.toBe(1234);
  },
};

const exempt = new Set(["none", "hmac"]);

describe("tenancy", () => {
  const routes = listRoutes();
  const scoped = routes.filter((r) => !exempt.has(r.auth ?? "") && !r.path.startsWith("/api/auth/"));

  it("finds the routes and every export declares its auth mode", () => {
    expect(routes.length).toBeGreaterThan(10);
    const undeclared = routes.filter((r) => r.auth === null && !r.path.startsWith("/api/auth/"));
    expect(undeclared.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it("every team-scoped route has a cross-team case", () => {
    const missing = scoped.map((r) => `${r.method} ${r.path}`).filter((k) => !cases[k]);
    expect(missing).toEqual([]);
  });

  let world: World;
  beforeAll(async () => {
    await truncateAll();
    const a = await makeUser("team-a");
    const b = await makeUser("team-b");
    const inv = await api("POST", `/api/teams/${a.teamSlug}/invites`, {
      cookie: a.cookie,
      json: { email: "someone-else@example.test", role: "member" },
    });
    const key = await api("POST", `/api/teams/${a.teamSlug}/keys`, { cookie: a.cookie, json: { name: "A key" } });
    const member = await db().membership.findFirstOrThrow({ where: { teamId: a.teamId } });
    const aKey = await makeKey(a.teamId);
    const aAsset = await upload(aKey, "png");
    const aFolder = await api("POST", "/v1/folders/create", { key: aKey, json: { name: "A folder" } });
    const aEndpoint = await db().webhookEndpoint.create({
      data: { teamId: a.teamId, url: "https://hooks.example.com/a", events: [], secret: "whsec_a" },
    });
    const aEvent = await db().webhookEvent.create({ data: { teamId: a.teamId, type: "avatar_video.success", body: "{}" } });
    const aDelivery = await db().webhookDelivery.create({
      data: {
        teamId: a.teamId,
        eventId: aEvent.id,
        endpointId: aEndpoint.id,
        destination: aEndpoint.id,
        url: aEndpoint.url,
        status: "failed",
        attemptCount: 1,
        retryUntil: new Date(),
      },
    });
    await db().team.update({ where: { id: a.teamId }, data: { callbackSecret: "whsec_a_callback" } });
    const aProject = await db().project.create({
      data: {
        teamId: a.teamId,
        title: "A's project",
        scenes: {
          create: [
            {
              position: 0,
              voice: { type: "text", voice_id: "avs_voice_en_clara", input_text: "A's words" },
              background: { type: "color", value: "#112233" },
            },
          ],
        },
      },
      include: { scenes: true },
    });
    world = {
      a,
      b,
      bKey: await makeKey(b.teamId),
      aInviteId: inv.body.data.invite.id,
      aInviteToken: inv.body.data.invite.url.split("/invite/")[1],
      aKeyId: key.body.data.key.id,
      aMemberId: member.id,
      aVideoId: (await db().video.create({ data: { teamId: a.teamId, request: {}, title: "A's video" } })).id,
      aAssetId: aAsset.body.data.id,
      aPhotoId: (
        await db().talkingPhoto.create({
          data: {
            id: "a".repeat(32),
            teamId: a.teamId,
            name: "A's photo",
            sha256: "0".repeat(64),
            width: 300,
            height: 360,
            faceX: 150,
            faceY: 120,
            faceHeight: 140,
            warnings: [],
          },
        })
      ).id,
      aFolderId: aFolder.body.data.id,
      aEndpointId: aEndpoint.id,
      aDeliveryId: aDelivery.id,
      aProjectId: aProject.id,
      aSceneId: aProject.scenes[0]!.id,
      // Answers the OPTIONS check of endpoint.add on the one loopback port the server allows.
      receiver: await startReceiver(inject("receiverPort")),
    };
  });
  afterAll(() => world?.receiver.close());

  for (const route of listRoutes().filter((r) => !exempt.has(r.auth ?? "") && !r.path.startsWith("/api/auth/"))) {
    const key = `${route.method} ${route.path}`;
    it.runIf(!!cases[key])(`${key}: another team's objects stay out of reach`, async () => {
      await cases[key]!(world);
      // Nothing of A's was changed by B.
      expect(await db().team.count({ where: { id: world.a.teamId } })).toBe(1);
      expect(await db().apiKey.count({ where: { id: world.aKeyId, revokedAt: null } })).toBe(1);
    });
  }
});
