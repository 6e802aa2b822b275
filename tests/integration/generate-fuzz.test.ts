import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listVoices, listAvatars } from "@/lib/catalog";
import { api } from "./support/http";
import { makeKey, makeUser, truncateAll, type TestUser } from "./support/fixtures";

// Property: whatever a client does to a valid body, POST /v2/video/generate answers 200 or a 4xx in the
// error envelope, never a 5xx and never a dropped connection. 1,000 cases over real HTTP.
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function validBodies(): Json[] {
  const avatar = listAvatars()[0]!;
  const voice = listVoices()[0]!;
  return [
    { video_inputs: [{ voice: { type: "silence", duration: 2 } }] },
    {
      title: "Fuzz",
      caption: true,
      dimension: { width: 1280, height: 720 },
      video_inputs: [
        {
          character: { type: "avatar", avatar_id: avatar.avatar_id, avatar_style: "circle", scale: 1.2, offset: { x: 0.1, y: -0.1 } },
          voice: { type: "text", voice_id: voice.voice_id, input_text: "Hello there", speed: 1.1, pitch: 5 },
          background: { type: "color", value: "#112233" },
        },
        { voice: { type: "silence", duration: 1.5 }, background: { type: "image", url: "https://example.com/a.png", fit: "contain" } },
      ],
      callback_id: "c1",
      callback_url: "https://example.com/hook",
    },
  ];
}

function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, Json>)[k]!, [...prefix, k]))];
}

function mutate(body: Json, path: (string | number)[], op: "set" | "delete", replacement: Json): Json {
  if (!path.length) return op === "set" ? replacement : {};
  const copy = structuredClone(body) as Record<string | number, Json>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (op === "delete") {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}

const replacements: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    null,
    "",
    "1",
    "1.5",
    "false",
    "true",
    -1,
    0,
    1e308,
    "#zzz",
    "javascript:alert(1)",
    "http://127.0.0.1/x",
    "a".repeat(6000),
  ),
  fc.array(fc.constant<Json>({ voice: { type: "silence" } }), { minLength: 49, maxLength: 52 }),
);

describe("POST /v2/video/generate under mutation", () => {
  let owner: TestUser;
  beforeAll(async () => {
    await truncateAll();
    owner = await makeUser("fuzz");
  });
  // The accepted bodies are queued for rendering; no worker of this file renders them, and a later file's
  // worker should not have to.
  afterAll(() => db().$executeRaw`DELETE FROM pgboss.job WHERE data->>'teamId' = ${owner.teamId} AND state IN ('created', 'retry')`);

  it("answers 200 or a 4xx error envelope for 1,000 mutated bodies", async () => {
    const bodies = validBodies();
    let key = await makeKey(owner.teamId);
    let sent = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: bodies.length - 1 }).chain((i) => fc.tuple(fc.constant(i), fc.nat({ max: paths(bodies[i]!).length - 1 }))),
        fc.constantFrom<"set" | "delete">("set", "delete"),
        replacements,
        async ([i, p], op, replacement) => {
          // A fresh key every 50 requests stays under the 60/min generate limit.
          if (++sent % 50 === 0) key = await makeKey(owner.teamId);
          const body = mutate(bodies[i]!, paths(bodies[i]!)[p]!, op, replacement);
          const res = await api("POST", "/v2/video/generate", { key, json: body });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status === 200) {
            expect(res.body).toEqual({ error: null, data: { video_id: expect.any(String) } });
          } else {
            expect(res.status, res.text).toBeGreaterThanOrEqual(400);
            expect(res.status, res.text).toBeLessThan(500);
            // A validation answer also lists its field problems in `details`.
            const details = "details" in res.body.error ? { details: expect.any(Array) } : {};
            expect(res.body).toEqual({
              data: null,
              error: { code: expect.any(String), message: expect.any(String), ...details, request_id: expect.any(String) },
            });
            expect(res.body.error.message).not.toMatch(/Invalid input|invalid_type|expected \w+, received/i);
          }
        },
      ),
      { numRuns: 1000 },
    );
    // Both outcomes were exercised.
    expect(statuses.get(200)).toBeGreaterThan(0);
    expect(statuses.get(400)).toBeGreaterThan(0);
  }, 300_000);
});
