import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopQueue } from "@/lib/queue";
import { createApiKey } from "@/lib/keys/api-keys";
import { api } from "./support/http";
import { makeUser, truncateAll } from "./support/fixtures";

// GET /api/teams/[team]/usage: minutes rendered per UTC day over the last 30 days, by member and by API key.
beforeEach(truncateAll);
afterAll(stopQueue);

const DAY = 24 * 3600 * 1000;
const today = () => new Date().toISOString().slice(0, 10);

describe("usage", () => {
  it("sums completed videos' minutes per day by member and by key; leaves out other teams, unfinished and old videos", async () => {
    const owner = await makeUser("usage");
    const other = await makeUser("usage-other");
    const key = await createApiKey(owner.teamId, { name: "CI" });
    const now = Date.now();
    const video = (data: {
      duration: number;
      completedAt: Date | null;
      status?: "completed" | "processing";
      createdById?: string;
      apiKeyId?: string;
      teamId?: string;
    }) => db().video.create({ data: { teamId: owner.teamId, request: {}, status: "completed", ...data } });
    await video({ duration: 90, completedAt: new Date(now), createdById: owner.id });
    await video({ duration: 30, completedAt: new Date(now), createdById: owner.id });
    await video({ duration: 300, completedAt: new Date(now - 3 * DAY), apiKeyId: key.id });
    await video({ duration: 600, completedAt: new Date(now - 31 * DAY), createdById: owner.id });
    await video({ duration: 600, completedAt: null, status: "processing", createdById: owner.id });
    await video({ duration: 600, completedAt: new Date(now), teamId: other.teamId, createdById: other.id });

    const res = await api("GET", `/api/teams/${owner.teamSlug}/usage`, { cookie: owner.cookie });
    expect(res.status, res.text).toBe(200);
    const usage = res.body.data;
    expect(usage.days).toHaveLength(30);
    expect(usage.days.at(-1)).toBe(today());
    expect(usage.total).toBe(7);
    expect(usage.totals.at(-1)).toBe(2);
    expect(usage.totals.at(-4)).toBe(5);
    expect(usage.series.map((s: { kind: string; name: string; total: number }) => [s.kind, s.name, s.total])).toEqual([
      ["key", "CI", 5],
      ["user", "usage Tester", 2],
    ]);

    const empty = await api("GET", `/api/teams/${other.teamSlug}/usage`, { cookie: other.cookie });
    expect(empty.body.data.series.map((s: { name: string }) => s.name)).toEqual(["usage-other Tester"]);
  });

  it("answers 404 for another team and 401 without a session", async () => {
    const owner = await makeUser("usage-a");
    const other = await makeUser("usage-b");
    expect((await api("GET", `/api/teams/${owner.teamSlug}/usage`, { cookie: other.cookie })).status).toBe(404);
    expect((await api("GET", `/api/teams/${owner.teamSlug}/usage`)).status).toBe(401);
  });

  it("the Usage page renders for a member", async () => {
    const owner = await makeUser("usage-page");
    const res = await api("GET", `/${owner.teamSlug}/usage`, { cookie: owner.cookie });
    expect(res.status).toBe(200);
    expect(res.text).toContain("Nothing rendered in the last 30 days");
  });
});
