import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { makeKey, makeUser } from "./support/fixtures";
import { api, type Answer } from "./support/http";
import { listRoutes } from "./support/routes";

// No path under /v1, /v2 or /v3 answers HTML: an unknown one is a JSON 404 and a known one called with a
// method it does not serve a JSON 405 with an Allow header, in that version's error envelope.
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"] as const;
let key: string;

beforeAll(async () => {
  const user = await makeUser("api-json");
  key = await makeKey(user.teamId);
});

function expectJsonError(res: Answer, status: number, code: string, where: string) {
  expect(res.status, `${where}: ${res.text.slice(0, 200)}`).toBe(status);
  expect(res.headers.get("content-type"), where).toMatch(/^application\/json/);
  expect(res.text, where).not.toMatch(/<html|<!DOCTYPE/i);
  if (where.startsWith("/v3") || where.includes(" /v3")) {
    expect(res.body, where).toEqual({ error: { code, message: expect.any(String) } });
  } else {
    expect(res.body, where).toMatchObject({ data: null, error: { code, message: expect.any(String), request_id: expect.any(String) } });
  }
}

describe("JSON everywhere under /v1, /v2 and /v3", () => {
  it("answers an unknown path with a JSON 404 in the version's envelope, with or without a key", async () => {
    const v1 = await api("GET", "/v1/avatar.list.nope", { key });
    expectJsonError(v1, 404, "not_found", "/v1/avatar.list.nope");
    expect(v1.body.error.message).toBe("The endpoint GET /v1/avatar.list.nope was not found.");
    expectJsonError(await api("POST", "/v2/template/abc/generate", { json: {} }), 404, "not_found", "/v2/template/abc/generate");
    expectJsonError(await api("GET", "/v3/nothing/here", { key }), 404, "not_found", "/v3/nothing/here");
    // The bare prefixes, and a path below an existing route.
    expectJsonError(await api("GET", "/v3", { key }), 404, "not_found", "/v3");
    expectJsonError(await api("GET", "/v2/avatars/x/y/z", { key }), 404, "not_found", "/v2/avatars/x/y/z");
  });

  it("answers 50 random paths x 6 methods under each prefix in JSON, never HTML", async () => {
    // Segments a client could send as they are (a "." or ".." segment is folded away by the URL itself).
    const segment = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,11}$/);
    const paths = fc.sample(fc.array(segment, { minLength: 1, maxLength: 4 }), { numRuns: 50, seed: 17 });
    const served = new Set(listRoutes().map((r) => r.path.replace(/^\/api/, "")));
    for (const prefix of ["/v1", "/v2", "/v3"]) {
      for (const segments of paths) {
        const path = `${prefix}/zz-${segments.join("/")}`;
        expect(served.has(path)).toBe(false);
        for (const method of METHODS) {
          const res = await api(method, path, { key, json: method === "GET" || method === "HEAD" ? undefined : {} });
          expect(res.status, `${method} ${path}`).toBe(404);
          if (method === "HEAD") continue;
          expectJsonError(res, 404, "not_found", `${method} ${path}`);
        }
      }
    }
  }, 120_000);

  it("answers a method a route does not serve with a JSON 405 naming the methods it does", async () => {
    const routes = listRoutes().filter((r) => /^\/api\/v[12]\//.test(r.path));
    expect(routes.length).toBeGreaterThan(20);
    const byPath = new Map<string, string[]>();
    for (const r of routes) byPath.set(r.path, [...(byPath.get(r.path) ?? []), r.method]);
    for (const [path, served] of byPath) {
      const url = path.replace(/^\/api/, "").replace(/\[[^\]]+\]/g, "x1");
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => !served.includes(m))) {
        const res = await api(method, url, { key, json: method === "GET" ? undefined : {} });
        expectJsonError(res, 405, "method_not_allowed", `${method} ${url}`);
        expect(res.headers.get("allow")?.split(", ").sort(), `${method} ${url}`).toEqual([...served].sort());
        expect(res.body.error.message).toContain(`${method} is not allowed here`);
      }
    }
  });

  it("keeps the team dashboard's own pages HTML", async () => {
    const page = await api("GET", "/login");
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html/i);
  });
});
