import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { media } from "./support/media";
import { makeKey, makeUser, type TestUser } from "./support/fixtures";

// CSRF: a state change made with the session cookie must come from our own pages (Sec-Fetch-Site:
// same-origin, or an Origin equal to APP_URL or the request's host) and send JSON, or be a raw upload to an
// upload route. API-key requests are unaffected. Plain fetch here: the test helper would add an Origin.
let user: TestUser;
let key: string;
const base = () => inject("baseUrl");

beforeAll(async () => {
  user = await makeUser("csrf");
  key = await makeKey(user.teamId);
});

async function rename(headers: Record<string, string>, body = JSON.stringify({ name: "Renamed" })): Promise<number> {
  const res = await fetch(`${base()}/api/account`, { method: "PATCH", headers: { Cookie: user.cookie, ...headers }, body });
  return res.status;
}

describe("state changes made with the session cookie", () => {
  it("are refused from another site, without an origin, or as a form", async () => {
    const json = { "Content-Type": "application/json" };
    expect(await rename({ ...json })).toBe(403);
    expect(await rename({ ...json, Origin: "https://evil.example" })).toBe(403);
    expect(await rename({ ...json, Origin: "null" })).toBe(403);
    expect(await rename({ ...json, "Sec-Fetch-Site": "cross-site", Origin: "https://evil.example" })).toBe(403);
    // From our own origin, but as a form a cross-site page could also post.
    expect(await rename({ "Content-Type": "application/x-www-form-urlencoded", Origin: base() }, "name=Renamed")).toBe(403);
    expect(await rename({ "Content-Type": "text/plain", "Sec-Fetch-Site": "same-origin" })).toBe(403);
    const refused = await fetch(`${base()}/api/account`, {
      method: "PATCH",
      headers: { Cookie: user.cookie, ...json, Origin: "https://evil.example" },
      body: "{}",
    });
    expect(await refused.json()).toMatchObject({
      error: { code: "forbidden", message: expect.stringMatching(/Cross-site request refused/) },
    });
  });

  it("pass from our own pages: Sec-Fetch-Site same-origin, or our Origin, with JSON", async () => {
    const json = { "Content-Type": "application/json" };
    expect(await rename({ ...json, "Sec-Fetch-Site": "same-origin" })).toBe(200);
    expect(await rename({ ...json, Origin: base() })).toBe(200);
    // Reads need no proof.
    expect((await fetch(`${base()}/api/account`, { headers: { Cookie: user.cookie } })).status).toBe(200);
  });

  it("accept a raw upload to an upload route from our pages, whatever its content type", async () => {
    const upload = (headers: Record<string, string>) =>
      fetch(`${base()}/v1/asset?name=a.png`, {
        method: "POST",
        headers: { Cookie: user.cookie, "Content-Type": "image/png", ...headers },
        body: new Uint8Array(media("png")),
      });
    expect((await upload({ Origin: base() })).status).toBe(200);
    expect((await upload({ Origin: "https://evil.example" })).status).toBe(403);
  });

  it("do not apply to API-key requests", async () => {
    const res = await fetch(`${base()}/v1/asset?name=b.png`, {
      method: "POST",
      headers: { "X-Api-Key": key, "Content-Type": "image/png" },
      body: new Uint8Array(media("png")),
    });
    expect(res.status).toBe(200);
  });
});
