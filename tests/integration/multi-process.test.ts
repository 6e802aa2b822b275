import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { db } from "@/lib/db";
import { api, signIn } from "./support/http";
import { makeUser, PASSWORD, truncateAll } from "./support/fixtures";
import { freePort, startServer, type RunningServer } from "../support/server";

// A second web process on the same database, as behind a load balancer.
let second: RunningServer;
beforeAll(async () => {
  second = await startServer({}, "integration-server-2");
});
afterAll(async () => second?.stop());
beforeEach(truncateAll);

describe("several web processes", () => {
  it("agree on the generated AUTH_SECRET: a session from one works on the other", async () => {
    const user = await makeUser("shared");
    const res = await api("GET", "/api/account", { cookie: user.cookie, base: second.url });
    expect(res.status).toBe(200);
    expect(res.body.data.user.email).toBe(user.email);
    const secret = await db().appSecret.findUnique({ where: { name: "AUTH_SECRET" } });
    expect(secret?.value.length).toBeGreaterThanOrEqual(32);
  });

  it("share one login rate-limit budget", async () => {
    const user = await makeUser("budget");
    // makeUser signed in once on the first server; spread nine failures over both processes.
    for (let i = 0; i < 9; i++) await signIn(user.email, "wrong password", i % 2 ? inject("baseUrl") : second.url);
    const limited = await signIn(user.email, PASSWORD, second.url);
    expect(limited.cookie).toBeNull();
    expect(limited.location).toContain("code=rate_limited");
  });

  it("share one API rate-limit window in PostgreSQL", async () => {
    const user = await makeUser("window");
    const made = await api("POST", `/api/teams/${user.teamSlug}/keys`, { cookie: user.cookie, json: { name: "k" } });
    const key = made.body.data.key.secret as string;
    const hits = await Promise.all(
      Array.from({ length: 20 }, (_, i) => api("GET", "/v1/user/me", { key, base: i % 2 ? second.url : inject("baseUrl") })),
    );
    expect(hits.every((h) => h.status === 200)).toBe(true);
    const rows = await db().rateLimit.findMany({ where: { key: { startsWith: "read:key:" } } });
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(20);
  });

  it("report 503 naming the database when it is unreachable", async () => {
    const port = await freePort();
    const broken = await startServer({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/nothing` }, "integration-server-broken");
    try {
      const res = await fetch(`${broken.url}/api/health`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { status: string; database: string };
      expect(body.status).toBe("error");
      expect(body.database).toMatch(/^unreachable/);
    } finally {
      await broken.stop();
    }
    const ok = await fetch(`${inject("baseUrl")}/api/health`);
    expect(await ok.json()).toEqual({ status: "ok", database: "ok" });
  });
});
