import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { makeKey, makeUser, type TestUser } from "./support/fixtures";
import { api } from "./support/http";
import { listRoutes } from "./support/routes";

// Property: every route of the app, whatever its path segments and query string hold (NUL characters, lone
// surrogates, prototype names, traversal, huge numbers, long strings, bad page tokens), answers below 500,
// signed in by session or by API key. The [team] segment is the caller's own team half of the time, so the
// requests get past tenancy to the route's own parsing.
let user: TestUser;
let keys: string[] = [];

beforeAll(async () => {
  user = await makeUser("route-fuzz");
  keys = await Promise.all(Array.from({ length: 4 }, () => makeKey(user.teamId)));
});

const nasty = fc.constantFrom(
  "%00",
  "a%00b",
  "%ED%A0%80", // a lone surrogate, UTF-8 encoded (invalid UTF-8)
  "%uD800",
  "constructor",
  "__proto__",
  "prototype",
  "toString",
  "..",
  "..%2F..%2Fetc%2Fpasswd",
  "%",
  "%zz",
  "1e308",
  "-1",
  "9007199254740993",
  "NaN",
  "x".repeat(3000),
  "😀",
  "null",
  "[]",
  "{}",
);
const segment = fc.oneof(nasty, fc.string({ maxLength: 20 }).map(encodeURIComponent));
const queryKey = fc.constantFrom(
  "limit",
  "token",
  "page_token",
  "video_id",
  "type",
  "status",
  "folder_id",
  "text",
  "name",
  "q",
  "__proto__",
  "constructor",
  "%00",
);
const queryString = fc.array(fc.tuple(queryKey, segment), { maxLength: 4 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));

// Routes whose side effects would spoil the rest of the run (deleting the caller's own team, leaving it).
const skipped = new Set(["DELETE /api/teams/[team]", "POST /api/teams/[team]/leave"]);

describe("every route under fuzzed path segments and query strings", () => {
  it("answers below 500", async () => {
    const routes = listRoutes().filter((r) => !skipped.has(`${r.method} ${r.path}`));
    expect(routes.length).toBeGreaterThan(50);
    let sent = 0;
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: routes.length - 1 }),
        fc.array(segment, { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        queryString,
        fc.constantFrom<"session" | "key">("session", "key"),
        async (r, segments, ownTeam, query, as) => {
          const route = routes[r]!;
          let n = 0;
          const path = route.path
            .replace(/^\/api\/(v1|v2)\//, "/$1/")
            .replace(/\[team\]/, () => (ownTeam ? user.teamSlug : segments[n++ % 4]!))
            .replace(/\[(?:\.\.\.)?\w+\]/g, () => segments[n++ % 4]!);
          const caller = as === "session" ? { cookie: user.cookie } : { key: keys[sent++ % keys.length] };
          const json = route.method === "GET" || route.method === "DELETE" ? undefined : {};
          const res = await api(route.method, `${path}${query ? `?${query}` : ""}`, { ...caller, json });
          seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
          expect(res.status, `${route.method} ${path}?${query}: ${res.text.slice(0, 300)}`).toBeLessThan(500);
        },
      ),
      { numRuns: 1500 },
    );
    console.log(`[route-fuzz] answers by status: ${JSON.stringify(Object.fromEntries(seen))}`);
  }, 600_000);
});
