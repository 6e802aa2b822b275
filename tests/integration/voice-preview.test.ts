import { beforeEach, describe, expect, inject, it } from "vitest";
import { api } from "./support/http";
import { makeKey, makeUser, truncateAll } from "./support/fixtures";

// GET /v2/voices/{voice_id}/preview through the real server: auth, 404, the text cap, an MP3 body, and
// /v2/voices pointing at it.

beforeEach(truncateAll);

async function key() {
  const user = await makeUser("preview");
  return makeKey(user.teamId);
}

describe("voice previews", () => {
  it("answers an MP3 of the voice, the same bytes the second time", async () => {
    const k = await key();
    const first = await fetch(`${inject("baseUrl")}/v2/voices/avs_voice_en_clara/preview?text=Good%20morning`, {
      headers: { "X-Api-Key": k },
    });
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("audio/mpeg");
    const body = Buffer.from(await first.arrayBuffer());
    expect(body.length).toBeGreaterThan(1000);
    const again = await fetch(`${inject("baseUrl")}/v2/voices/avs_voice_en_clara/preview?text=Good%20morning`, {
      headers: { "X-Api-Key": k },
    });
    expect(Buffer.from(await again.arrayBuffer()).equals(body)).toBe(true);
  });

  it("refuses unknown voices, long texts and missing credentials", async () => {
    const k = await key();
    expect((await api("GET", "/v2/voices/no_such_voice/preview", { key: k })).status).toBe(404);
    expect((await api("GET", `/v2/voices/avs_voice_en_clara/preview?text=${"a".repeat(201)}`, { key: k })).status).toBe(400);
    expect((await api("GET", "/v2/voices/avs_voice_en_clara/preview")).status).toBe(401);
  });

  it("lists preview_audio URLs in /v2/voices", async () => {
    const res = await api("GET", "/v2/voices", { key: await key() });
    const clara = res.body.data.voices.find((v: { voice_id: string }) => v.voice_id === "avs_voice_en_clara");
    expect(clara.preview_audio).toMatch(/^https?:\/\/[^/]+\/v2\/voices\/avs_voice_en_clara\/preview$/);
  });
});
