import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { api } from "./support/http";
import { makeKey, makeUser, truncateAll } from "./support/fixtures";

beforeEach(truncateAll);

describe("API keys", () => {
  it("answers /v1/user/me in the v1 envelope for the team's earliest owner", async () => {
    const owner = await makeUser("owner");
    const key = await makeKey(owner.teamId);
    const res = await api("GET", "/v1/user/me", { key });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body).toMatchObject({
      code: 100,
      message: "Success",
      data: { email: owner.email, first_name: "owner", last_name: "Tester" },
    });
    expect(res.body.data.team.slug).toBe(owner.teamSlug);
  });

  it("accepts the key as X-Api-Key in any case or as a Bearer token", async () => {
    const owner = await makeUser("case");
    const key = await makeKey(owner.teamId);
    expect((await api("GET", "/v1/user/me", { headers: { "x-api-key": key } })).status).toBe(200);
    expect((await api("GET", "/v1/user/me", { headers: { "X-API-KEY": key } })).status).toBe(200);
    expect((await api("GET", "/v1/user/me", { headers: { Authorization: `Bearer ${key}` } })).status).toBe(200);
  });

  it("refuses missing, unknown and revoked keys with 401 in the error envelope", async () => {
    const owner = await makeUser("revoked");
    const key = await makeKey(owner.teamId);
    const missing = await api("GET", "/v1/user/me");
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({ data: null, error: { code: "unauthorized" } });
    expect(missing.body.error.request_id).toBe(missing.headers.get("x-request-id"));
    expect((await api("GET", "/v1/user/me", { key: "avs_not-a-real-key" })).status).toBe(401);

    const list = await api("GET", `/api/teams/${owner.teamSlug}/keys`, { cookie: owner.cookie });
    const id = list.body.data.keys[0].id as string;
    expect((await api("DELETE", `/api/teams/${owner.teamSlug}/keys/${id}`, { cookie: owner.cookie })).status).toBe(200);
    const after = await api("GET", "/v1/user/me", { key });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe("unauthorized");
  });

  it("shows the secret once and stores only its SHA-256 and prefix", async () => {
    const owner = await makeUser("once");
    const made = await api("POST", `/api/teams/${owner.teamSlug}/keys`, { cookie: owner.cookie, json: { name: "CI" } });
    expect(made.status).toBe(201);
    const secret = made.body.data.key.secret as string;
    expect(secret).toMatch(/^avs_/);
    const listed = await api("GET", `/api/teams/${owner.teamSlug}/keys`, { cookie: owner.cookie });
    expect(listed.text).not.toContain(secret);
    expect(listed.body.data.keys[0]).toMatchObject({ name: "CI", prefix: secret.slice(0, 12), lastUsedAt: null });
    const row = await db().apiKey.findFirstOrThrow({ where: { teamId: owner.teamId } });
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it("records when a key was last used", async () => {
    const owner = await makeUser("used");
    const key = await makeKey(owner.teamId);
    expect((await api("GET", "/v1/user/me", { key })).status).toBe(200);
    // Written after the response, off the hot path: poll briefly.
    let lastUsedAt: Date | null = null;
    for (let i = 0; i < 50 && !lastUsedAt; i++) {
      lastUsedAt = (await db().apiKey.findFirstOrThrow({ where: { teamId: owner.teamId } })).lastUsedAt;
      if (!lastUsedAt) await new Promise((r) => setTimeout(r, 100));
    }
    expect(lastUsedAt).toBeInstanceOf(Date);
  });

  it("lets a key act as a member: it cannot manage the team", async () => {
    const owner = await makeUser("scope");
    const key = await makeKey(owner.teamId);
    const res = await api("GET", `/api/teams/${owner.teamSlug}/keys`, { key });
    // Dashboard routes are session-only.
    expect(res.status).toBe(401);
  });
});
