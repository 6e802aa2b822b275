import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listVoices, listAvatars } from "@/lib/catalog";
import { api } from "./support/http";
import { makeKey, makeUser, truncateAll, type TestUser } from "./support/fixtures";

// Property: whatever a client does to a valid body (any JSON value anywhere, NUL characters, lone surrogates,
// prototype keys such as __proto__ and constructor, huge numbers, deep nesting), POST /v2/video/generate
// answers 200 or a 4xx in the error envelope, never a 5xx and never a dropped connection. 1,000 cases over
// real HTTP.
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

// "key": a new member named `key` in the object at `path` (anything else is replaced instead).
function mutate(body: Json, path: (string | number)[], op: "set" | "delete" | "key", replacement: Json, key = ""): Json {
  if (op === "key") {
    const target = path.reduce<Json | undefined>((node, k) => (node as Record<string | number, Json> | undefined)?.[k], body);
    if (target === null || typeof target !== "object" || Array.isArray(target)) return mutate(body, path, "set", replacement);
    // defineProperty: an own member even for "__proto__", as JSON.parse makes it from a client's body.
    const copy = structuredClone(body);
    const node = path.reduce<Json>((n, k) => (n as Record<string | number, Json>)[k]!, copy) as Record<string, Json>;
    Object.defineProperty(node, key, { value: replacement, enumerable: true, writable: true, configurable: true });
    return copy;
  }
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
    // Text PostgreSQL cannot store: a NUL character, lone surrogates.
    "bad\u0000text",
    "\ud800",
    "x\udfffy",
    // Numbers at the edges of doubles.
    Number.MAX_VALUE,
    -1e308,
    5e-324,
    9007199254740993,
  ),
  // Deep nesting: 100 levels, and 3,000 (a recursive walk through a schema would overflow the stack).
  fc.constantFrom(100, 3000).map((depth) => {
    let node: Json = "x";
    for (let i = 0; i < depth; i++) node = [node];
    return node;
  }),
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
        fc.constantFrom<"set" | "delete" | "key">("set", "delete", "key"),
        replacements,
        fc.constantFrom<string>("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "k\u0000", "\ud800", "extra"),
        async ([i, p], op, replacement, member) => {
          // A fresh key every 50 requests stays under the 60/min generate limit.
          if (++sent % 50 === 0) key = await makeKey(owner.teamId);
          const body = mutate(bodies[i]!, paths(bodies[i]!)[p]!, op, replacement, member);
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
