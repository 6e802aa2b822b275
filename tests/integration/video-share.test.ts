import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { stopQueue } from "@/lib/queue";
import { moveVideo } from "@/lib/videos/move-video";
import { api } from "./support/http";
import { makeKey, makeUser, truncateAll, type TestUser } from "./support/fixtures";

// Sharing: POST/DELETE /api/teams/[team]/videos/[videoId]/share, the public page /share/<token>, and
// video_share_page_url in the status answer and in webhook events.
beforeEach(truncateAll);
afterAll(stopQueue);

const SHARE_URL = /\/share\/([A-Za-z0-9_-]{22})$/;

async function completedVideo(owner: TestUser, title = "Spring launch") {
  const video = await db().video.create({
    data: { teamId: owner.teamId, request: {}, title, status: "processing", createdById: owner.id },
  });
  const dir = `teams/${owner.teamId}/videos/${video.id}`;
  // The files themselves, in the server's storage (their bytes do not matter here).
  mkdirSync(path.join(inject("storageDir"), dir), { recursive: true });
  for (const name of ["video.mp4", "thumbnail.jpg"]) writeFileSync(path.join(inject("storageDir"), dir, name), Buffer.alloc(64, 7));
  await moveVideo(video.id, {
    status: "completed",
    outputs: { video: `${dir}/video.mp4`, thumbnail: `${dir}/thumbnail.jpg` },
    duration: 3,
  });
  return video.id;
}

const share = (u: TestUser, id: string, method: "POST" | "DELETE", slug = u.teamSlug) =>
  api(method, `/api/teams/${slug}/videos/${id}/share`, { cookie: u.cookie });
const tokenOf = (url: string) => url.match(SHARE_URL)![1]!;

describe("video sharing", () => {
  it("enable -> status and the public page show it; revoke -> null and 404; enabling again makes a new link", async () => {
    const owner = await makeUser("share");
    const key = await makeKey(owner.teamId);
    const id = await completedVideo(owner);
    const status = async () => (await api("GET", `/v1/video_status.get?video_id=${id}`, { key })).body.data.video_share_page_url;
    expect(await status()).toBeNull();

    const on = await share(owner, id, "POST");
    expect(on.status, on.text).toBe(200);
    expect(on.body.data).toMatchObject({ video_id: id, shared: true, share_url: expect.stringMatching(SHARE_URL) });
    const url = on.body.data.share_url as string;
    expect(await status()).toBe(url);
    expect((await db().video.findUniqueOrThrow({ where: { id } })).sharedById).toBe(owner.id);
    // Turning it on twice keeps the same link.
    expect((await share(owner, id, "POST")).body.data.share_url).toBe(url);

    // The page needs no login.
    const page = await api("GET", `/share/${tokenOf(url)}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain("Spring launch");
    // Its files are served behind the token, never as long-lived signed links.
    const files = `/share/${tokenOf(url)}`;
    expect(page.text).toContain(`<source src="${inject("baseUrl")}${files}/video.mp4" type="video/mp4"`);
    expect(page.text).toContain(`poster="${inject("baseUrl")}${files}/thumbnail.jpg"`);
    expect(page.text).not.toContain("/api/files/");
    expect(page.text).toMatch(/<meta name="robots" content="noindex, nofollow/);
    expect(page.text).toMatch(/<meta property="og:image" content="[^"]*\/share\/[^"]+\/thumbnail\.jpg/);
    const part = await fetch(`${inject("baseUrl")}${files}/video.mp4`, { headers: { Range: "bytes=0-9" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("cache-control")).toContain("no-store");
    expect((await fetch(`${inject("baseUrl")}${files}/thumbnail.jpg`)).status).toBe(200);
    expect((await fetch(`${inject("baseUrl")}${files}/secrets.txt`)).status).toBe(404);

    const off = await share(owner, id, "DELETE");
    expect(off.body.data).toEqual({ video_id: id, shared: false, share_url: null, shared_at: null });
    expect(await status()).toBeNull();
    expect((await api("GET", `/share/${tokenOf(url)}`)).status).toBe(404);
    // Stopping the share stops its files at once, even for a player that already had their URLs.
    for (const name of ["video.mp4", "thumbnail.jpg"]) expect((await fetch(`${inject("baseUrl")}${files}/${name}`)).status).toBe(404);

    const again = (await share(owner, id, "POST")).body.data.share_url as string;
    expect(again).toMatch(SHARE_URL);
    expect(again).not.toBe(url);
    expect((await api("GET", `/share/${tokenOf(url)}`)).status).toBe(404);
    expect((await api("GET", `/share/${tokenOf(again)}`)).status).toBe(200);
  });

  it("the page is 404 for an unknown token and for a shared video that has not completed", async () => {
    const owner = await makeUser("share-pending");
    const video = await db().video.create({ data: { teamId: owner.teamId, request: {}, title: "Not yet", status: "processing" } });
    const url = (await share(owner, video.id, "POST")).body.data.share_url as string;
    expect((await api("GET", `/share/${tokenOf(url)}`)).status).toBe(404);
    expect((await api("GET", "/share/AAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
    expect((await api("GET", "/share/short")).status).toBe(404);
  });

  it("a video shared before it completes carries the page in its webhook event; not shared: null", async () => {
    const owner = await makeUser("share-hook");
    const shared = await db().video.create({ data: { teamId: owner.teamId, request: {}, status: "processing" } });
    const url = (await share(owner, shared.id, "POST")).body.data.share_url as string;
    const plain = await db().video.create({ data: { teamId: owner.teamId, request: {}, status: "processing" } });
    for (const v of [shared, plain])
      await moveVideo(v.id, { status: "completed", outputs: { video: `teams/${owner.teamId}/videos/${v.id}/video.mp4` } });
    const body = async (videoId: string) =>
      JSON.parse((await db().webhookEvent.findFirstOrThrow({ where: { videoId, type: "avatar_video.success" } })).body);
    // moveVideo runs here, in the test process, whose APP_URL differs from the server's: compare the path.
    expect(new URL((await body(shared.id)).event_data.video_share_page_url).pathname).toBe(new URL(url).pathname);
    expect((await body(plain.id)).event_data.video_share_page_url).toBeNull();
  });

  it("another team's member or key cannot share or revoke (404); a member or key of the team can", async () => {
    const owner = await makeUser("share-a");
    const other = await makeUser("share-b");
    const id = await completedVideo(owner);
    for (const method of ["POST", "DELETE"] as const) {
      expect((await share(other, id, method)).status).toBe(404);
      expect((await share(other, id, method, owner.teamSlug)).status).toBe(404);
    }
    expect((await db().video.findUniqueOrThrow({ where: { id } })).shareToken).toBeNull();
    // An API key of the team may share too (the roles table); another team's key may not.
    const viaKey = await api("POST", `/api/teams/${owner.teamSlug}/videos/${id}/share`, { key: await makeKey(owner.teamId) });
    expect(viaKey.body.data).toMatchObject({ shared: true });
    expect((await db().video.findUniqueOrThrow({ where: { id } })).sharedById).toBeNull();
    expect((await api("DELETE", `/api/teams/${owner.teamSlug}/videos/${id}/share`, { key: await makeKey(other.teamId) })).status).toBe(404);
    expect((await share(owner, id, "DELETE")).body.data.shared).toBe(false);
    const member = await makeUser("share-member");
    await db().membership.create({ data: { userId: member.id, teamId: owner.teamId, role: "member" } });
    expect((await share(member, id, "POST", owner.teamSlug)).body.data.shared).toBe(true);
    expect((await share(member, id, "DELETE", owner.teamSlug)).body.data.shared).toBe(false);
    expect((await share(owner, "nope", "POST")).status).toBe(404);
    expect((await share(owner, "nope", "DELETE")).status).toBe(404);
  });
});
