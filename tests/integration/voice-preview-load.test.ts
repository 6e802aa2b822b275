import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { startServer } from "../support/server";
import { makeKey, makeUser, type TestUser } from "./support/fixtures";

// Voice previews never block the web server: their synthesis runs on threads of their own. New samples are
// rate-limited per team (cached ones are free), and the shared cache stays under VOICE_PREVIEW_CACHE_MB, the
// least recently played evicted first.
let user: TestUser;
let key: string;
const base = () => inject("baseUrl");
const preview = (text: string, origin = base(), k = key) =>
  fetch(`${origin}/v2/voices/avs_voice_en_clara/preview?text=${encodeURIComponent(text)}`, { headers: { "X-Api-Key": k } });

beforeAll(async () => {
  user = await makeUser("preview-load");
  key = await makeKey(user.teamId);
});

describe("voice previews under load", () => {
  it("while 20 previews synthesise, /api/health answers before the first preview does", async () => {
    const run = randomBytes(3).toString("hex");
    const order: string[] = [];
    const previews = Array.from({ length: 20 }, (_, i) =>
      preview(`Sample ${i} of run ${run}, a sentence long enough to take the engine a moment.`).then(async (res) => {
        order.push(`preview ${res.status}`);
        await res.arrayBuffer();
      }),
    );
    // The previews are on their way. Now twenty health checks, one after the other: each needs the server's
    // thread for a moment, which a synthesis on that thread would hold (one check per sample at best).
    await new Promise((r) => setTimeout(r, 200));
    const health = (async () => {
      for (let i = 0; i < 20; i++) expect((await fetch(`${base()}/api/health`)).status).toBe(200);
      order.push("health x20");
    })();
    await Promise.all([health, ...previews]);
    expect(order[0]).toBe("health x20");
    expect(order.filter((o) => o === "preview 200")).toHaveLength(20);
  }, 120_000);

  it("charges the team's preview budget for new samples only", async () => {
    // The route core caches a team's limits for 10 s; a new team reads them fresh.
    const other = await makeUser("preview-budget");
    await db().team.update({ where: { id: other.teamId }, data: { rateLimits: { voicePreview: { limit: 2, windowSeconds: 60 } } } });
    const k = await makeKey(other.teamId);
    const run = randomBytes(3).toString("hex");
    const statuses = [];
    for (const text of [`one ${run}`, `two ${run}`, `three ${run}`]) statuses.push((await preview(text, base(), k)).status);
    expect(statuses).toEqual([200, 200, 429]);
    // A sample already made costs nothing.
    expect((await preview(`one ${run}`, base(), k)).status).toBe(200);
  }, 60_000);

  it("keeps the cache under its size, evicting the least recently played", async () => {
    const server = await startServer({ STORAGE_DIR: inject("storageDir"), VOICE_PREVIEW_CACHE_MB: "0.03" }, "integration-server-previews");
    try {
      const run = randomBytes(3).toString("hex");
      const texts = [`first ${run}`, `second ${run}`, `third ${run}`, `fourth ${run}`, `fifth ${run}`];
      for (const text of texts) expect((await preview(text, server.url)).status).toBe(200);
      const { _sum } = await db().voicePreview.aggregate({ _sum: { sizeBytes: true } });
      expect(_sum.sizeBytes ?? 0).toBeLessThanOrEqual(0.03 * 1024 * 1024);
      // The newest stays, the oldest went.
      const kept = (await db().voicePreview.findMany()).length;
      expect(kept).toBeGreaterThan(0);
      expect(kept).toBeLessThan(texts.length);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
