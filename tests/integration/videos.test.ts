import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { videoRenderJob } from "@/lib/generation/local/jobs/video-render-job";
import { stopQueue } from "@/lib/queue";
import { createVideo } from "@/lib/generation/create-video";
import { parseVideoRequest } from "@/lib/contract/parse";
import { api } from "./support/http";
import { makeKey, makeUser, truncateAll } from "./support/fixtures";

// The video endpoints over real HTTP and PostgreSQL: lifecycle, idempotency, quota, and the transaction that
// writes a Video row and its pg-boss job together.
const silence = (duration = 2) => ({ video_inputs: [{ voice: { type: "silence", duration } }] });

async function jobsFor(videoId: string): Promise<number> {
  const rows = await db().$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND data->>'videoId' = $2`,
    videoRenderJob.name,
    videoId,
  );
  return Number(rows[0]!.n);
}

beforeEach(truncateAll);
afterAll(stopQueue);

describe("videos", () => {
  it("create -> pending -> listed -> status -> deleted (404 afterwards)", async () => {
    const owner = await makeUser("lifecycle");
    const key = await makeKey(owner.teamId);
    const made = await api("POST", "/v2/video/generate", { key, json: { ...silence(), title: "Quarterly update", callback_id: "cb-1" } });
    expect(made.status, made.text).toBe(200);
    expect(made.body).toEqual({ error: null, data: { video_id: expect.any(String) } });
    const id = made.body.data.video_id as string;
    expect(await jobsFor(id)).toBe(1);

    const status = await api("GET", `/v1/video_status.get?video_id=${id}`, { key });
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({
      code: 100,
      message: "Success",
      data: { id, status: "pending", progress: 0, callback_id: "cb-1", video_url: null, error: null },
    });
    expect(status.body.data.created_at).toBeGreaterThan(Date.now() / 1000 - 60);

    const list = await api("GET", "/v1/video.list", { key });
    expect(list.body.data.videos).toEqual([
      { video_id: id, video_title: "Quarterly update", status: "pending", created_at: status.body.data.created_at, type: "GENERATED" },
    ]);

    const del = await api("DELETE", `/v1/video.delete?video_id=${id}`, { key });
    expect(del.status).toBe(200);
    expect(del.body.data).toEqual({ video_id: id });
    expect((await api("GET", `/v1/video_status.get?video_id=${id}`, { key })).status).toBe(404);
    expect((await api("DELETE", `/v1/video.delete?video_id=${id}`, { key })).status).toBe(404);
    const job = await db().$queryRawUnsafe<{ state: string }[]>(`SELECT state FROM pgboss.job WHERE data->>'videoId' = $1`, id);
    expect(job.map((j) => j.state)).toEqual(["cancelled"]);
  });

  it("pages the list newest first with a cursor token", async () => {
    const owner = await makeUser("paging");
    const key = await makeKey(owner.teamId);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await api("POST", "/v2/video/generate", { key, json: { ...silence(), title: `v${i}` } })).body.data.video_id);
    const seen: string[] = [];
    let token: string | null = null;
    do {
      const page: { body: { data: { videos: { video_id: string }[]; token: string | null } } } = await api(
        "GET",
        `/v1/video.list?limit=2${token ? `&token=${token}` : ""}`,
        { key },
      );
      seen.push(...page.body.data.videos.map((v) => v.video_id));
      token = page.body.data.token;
    } while (token);
    expect(seen).toEqual([...ids].reverse());
    expect((await api("GET", "/v1/video.list?limit=0", { key })).status).toBe(400);
    expect((await api("GET", "/v1/video.list?limit=101", { key })).body.error.message).toMatch(/^limit: /);
    expect((await api("GET", "/v1/video.list?token=garbage", { key })).status).toBe(400);
  });

  it("cancels a pending video as failed with code cancelled, once", async () => {
    const owner = await makeUser("cancel");
    const key = await makeKey(owner.teamId);
    const id = (await api("POST", "/v2/video/generate", { key, json: silence() })).body.data.video_id;
    const res = await api("POST", `/v1/video.cancel?video_id=${id}`, { key });
    expect(res.body).toMatchObject({ code: 100, data: { video_id: id, status: "failed" } });
    const status = await api("GET", `/v1/video_status.get?video_id=${id}`, { key });
    expect(status.body.data.status).toBe("failed");
    expect(status.body.data.error).toMatchObject({ code: 40014, reason: "cancelled", message: expect.stringMatching(/cancelled/) });
    expect((await api("POST", `/v1/video.cancel?video_id=${id}`, { key })).body.data.status).toBe("failed");
  });

  it("replays an Idempotency-Key with the same body and refuses it with another body", async () => {
    const owner = await makeUser("idem");
    const key = await makeKey(owner.teamId);
    const headers = { "Idempotency-Key": "order-42" };
    const first = await api("POST", "/v2/video/generate", { key, headers, json: silence(3) });
    // The same request as a sloppy client sends it (string number, unknown key) normalises to the same body.
    const again = await api("POST", "/v2/video/generate", {
      key,
      headers,
      json: { video_inputs: [{ voice: { type: "silence", duration: "3" } }], extra: 1 },
    });
    expect(again.status).toBe(200);
    expect(again.body.data.video_id).toBe(first.body.data.video_id);
    const other = await api("POST", "/v2/video/generate", { key, headers, json: silence(4) });
    expect(other.status).toBe(409);
    expect(other.body.error).toMatchObject({ code: "conflict", message: expect.stringContaining("order-42") });
    expect(await db().video.count({ where: { teamId: owner.teamId } })).toBe(1);
    expect(await jobsFor(first.body.data.video_id)).toBe(1);
  });

  it("charges the quota, answers 402 beyond it, and refunds a cancelled video", async () => {
    const owner = await makeUser("quota");
    const key = await makeKey(owner.teamId);
    await db().team.update({ where: { id: owner.teamId }, data: { quotaSeconds: 10 } });
    const id = (await api("POST", "/v2/video/generate", { key, json: silence(6) })).body.data.video_id;
    expect((await api("GET", "/v2/user/remaining_quota", { key })).body).toEqual({
      error: null,
      data: { remaining_quota: 4, details: { api: 4, streaming_avatar: 0, streaming_avatar_instance_quota: 0, seat: 0 } },
    });
    const over = await api("POST", "/v2/video/generate", { key, json: silence(5) });
    expect(over.status).toBe(402);
    expect(over.body.error.code).toBe("quota_exceeded");
    await api("POST", `/v1/video.cancel?video_id=${id}`, { key });
    expect((await api("GET", "/v2/user/remaining_quota", { key })).body.data.remaining_quota).toBe(10);
    expect((await api("POST", "/v2/video/generate", { key, json: silence(5) })).status).toBe(200);
  });

  it("writes neither the row nor the job when the transaction fails after both were written", async () => {
    const owner = await makeUser("atomic");
    const request = parseVideoRequest(silence());
    const injected = new Error("injected failure before commit");
    await expect(
      createVideo({ teamId: owner.teamId, creator: {}, request, beforeCommit: async () => Promise.reject(injected) }),
    ).rejects.toBe(injected);
    expect(await db().video.count({ where: { teamId: owner.teamId } })).toBe(0);
    const orphans = await db().$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND data->>'teamId' = $2`,
      videoRenderJob.name,
      owner.teamId,
    );
    expect(Number(orphans[0]!.n)).toBe(0);
    const { videoId } = await createVideo({ teamId: owner.teamId, creator: {}, request });
    expect(await jobsFor(videoId)).toBe(1);
  });

  it("refuses bad bodies with 400 naming the field, and stores nothing", async () => {
    const owner = await makeUser("bad");
    const key = await makeKey(owner.teamId);
    const res = await api("POST", "/v2/video/generate", { key, json: { video_inputs: [{ voice: { type: "silence", duration: 500 } }] } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_parameter");
    expect(res.body.error.message).toContain("video_inputs[0].voice.duration");
    const notJson = await api("POST", "/v2/video/generate", { key, body: "{not json", headers: { "Content-Type": "application/json" } });
    expect(notJson.status).toBe(400);
    expect(await db().video.count()).toBe(0);
  });

  it("lists every bad field of a 400 in error.details, beside HeyGen's message, on v2 and v1 paths", async () => {
    const owner = await makeUser("details");
    const key = await makeKey(owner.teamId);
    const json = {
      video_inputs: [{ voice: { type: "silence", duration: 500 } }, { voice: { type: "text", voice_id: "avs_voice_en_clara", speed: 9 } }],
    };
    const res = await api("POST", "/v2/video/generate", { key, json });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeNull();
    expect(res.body.error).toMatchObject({ code: "invalid_parameter", request_id: res.headers.get("x-request-id") });
    const paths = (res.body.error.details as { path: string; message: string }[]).map((d) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(["video_inputs[0].voice.duration", "video_inputs[1].voice.input_text", "video_inputs[1].voice.speed"]),
    );
    // The message names the first three problems, in the same words.
    for (const detail of (res.body.error.details as { path: string; message: string }[]).slice(0, 3))
      expect(res.body.error.message).toContain(`${detail.path}: ${detail.message}`);

    const v1 = await api("GET", "/v1/video.list?limit=101", { key });
    expect(v1.status).toBe(400);
    expect(v1.body).toEqual({
      data: null,
      error: {
        code: "invalid_parameter",
        message: v1.body.error.message,
        details: [{ path: "limit", message: expect.any(String) }],
        request_id: expect.any(String),
      },
    });
    expect(v1.body.error.message).toBe(`limit: ${v1.body.error.details[0].message}`);

    // Errors that name no field carry no details.
    const missing = await api("GET", "/v1/video_status.get?video_id=nope", { key });
    expect(missing.status).toBe(404);
    expect(missing.body.error.details).toBeUndefined();
  });
});
