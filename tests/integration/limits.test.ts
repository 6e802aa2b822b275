import { beforeAll, describe, expect, inject, it } from "vitest";
import { startServer } from "../support/server";
import { api } from "./support/http";
import { makeKey, makeUser } from "./support/fixtures";
import { uploadStream } from "./support/assets";
import { media } from "./support/media";

// The API's limits, as a client meets them: 429 with Retry-After past a rate limit (set by the operator with
// RATE_LIMITS), 413 past the 1 MB JSON cap, and 413 past the 100 MB video cap with nothing kept.
let key: string;

beforeAll(async () => {
  key = await makeKey((await makeUser("limits")).teamId);
});

const silence = { video_inputs: [{ voice: { type: "silence", duration: 1 } }] };

describe("API limits", () => {
  it("answers 429 with Retry-After past the generate limit an operator set", async () => {
    const server = await startServer({ STORAGE_DIR: inject("storageDir"), RATE_LIMITS: "generate=3/min" }, "integration-server-limits");
    try {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await api("POST", "/v2/video/generate", { key, json: silence, base: server.url }));
      expect(answers.slice(0, 3).map((a) => a.status)).toEqual([200, 200, 200]);
      const limited = answers[3]!;
      expect(limited.status).toBe(429);
      expect(limited.body.error).toMatchObject({ code: "rate_limited", message: expect.stringMatching(/try again in \d+ s/) });
      const retryAfter = Number(limited.headers.get("retry-after"));
      expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it("answers 413 to a JSON body over 1 MB, and reads one just under it", async () => {
    const over = JSON.stringify({ ...silence, title: "x".repeat(1024 * 1024) });
    const big = await api("POST", "/v2/video/generate", { key, body: over, headers: { "Content-Type": "application/json" } });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe("payload_too_large");
    // Just under the cap: read and judged on its content (a title over 255 characters).
    const under = JSON.stringify({ ...silence, title: "x".repeat(1024 * 1024 - 200) });
    const read = await api("POST", "/v2/video/generate", { key, body: under, headers: { "Content-Type": "application/json" } });
    expect(read.status).toBe(400);
    expect(read.body.error.message).toMatch(/^title: /);
  });

  it("stops a video upload at 100 MB with 413", async () => {
    const res = await uploadStream(key, media("mp4"), 102);
    expect(res.status).toBe(413);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error).toMatchObject({ code: "payload_too_large", message: expect.stringContaining("100 MB") });
  });
});
