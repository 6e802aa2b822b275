import { beforeAll, describe, expect, it } from "vitest";
import { listVoices } from "@/lib/catalog";
import { api } from "./support/http";
import { makeKey, makeUser, type TestUser } from "./support/fixtures";

// NUL characters and lone surrogates anywhere in a request (body strings and keys, query parameters, path
// segments, page tokens) answer 400 naming the field, never 500: PostgreSQL cannot store them.
// Prototype names in a path (/api/docs/constructor) are missing files, not Object.prototype members.
let user: TestUser;
let key: string;

beforeAll(async () => {
  user = await makeUser("badtext");
  key = await makeKey(user.teamId);
});

type Bad = { status: number; body: { error?: { code: string; message: string; details?: { path: string }[] } } };
const expectBad = (res: Bad, path: string) => {
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(res.body.error?.code).toBe("invalid_parameter");
  expect(res.body.error?.details?.[0]?.path).toBe(path);
  expect(res.body.error?.message).toContain(path);
};

describe("NUL characters and lone surrogates", () => {
  it("in a JSON body: a string or a key, named by its path", async () => {
    const scene = (text: string) => ({ voice: { type: "text", voice_id: listVoices()[0]!.voice_id, input_text: text } });
    expectBad(
      await api("POST", "/v2/video/generate", { key, json: { video_inputs: [scene("Hello\u0000world")] } }),
      "video_inputs[0].voice.input_text",
    );
    // A lone surrogate cannot travel through JSON.stringify: it is written as an escape, the way a client would.
    const raw = JSON.stringify({ title: "@", video_inputs: [scene("Hello")] }).replace('"@"', '"\\ud800 title"');
    expectBad(await api("POST", "/v2/video/generate", { key, body: raw, headers: { "Content-Type": "application/json" } }), "title");
    const keyed = JSON.stringify({ video_inputs: [scene("Hi")], "t\u0000": 1 });
    expectBad(await api("POST", "/v2/video/generate", { key, body: keyed, headers: { "Content-Type": "application/json" } }), "t\u0000");
    // The dashboard's JSON too (a session-only route).
    expectBad(await api("PATCH", "/api/account", { cookie: user.cookie, json: { name: "Sam\u0000" } }), "name");
  });

  it("in a query parameter or a page token", async () => {
    expectBad(await api("GET", "/v1/video_status.get?video_id=abc%00", { key }), "video_id");
    expectBad(await api("GET", "/v1/video.list?token=%00%01", { key }), "token");
    expectBad(await api("GET", "/v2/voices/x/preview?text=hi%00", { key }), "text");
  });

  it("in a path segment", async () => {
    expectBad(await api("GET", `/api/teams/${user.teamSlug}%00/videos`, { cookie: user.cookie }), "team");
    expectBad(await api("GET", "/v2/avatars/a%00b/preview"), "avatar_id");
  });
});

describe("prototype names", () => {
  it("answer 404 where a path names a file or an id", async () => {
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect((await api("GET", `/api/docs/${name}`)).status, name).toBe(404);
      expect((await api("GET", `/v2/avatars/${name}/preview`)).status, name).toBe(404);
      expect((await api("GET", `/v2/voices/${name}/preview?text=hi`, { key })).status, name).toBe(404);
    }
  });
});
