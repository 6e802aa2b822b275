import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeKey, makeUser, type TestUser } from "./support/fixtures";
import { api } from "./support/http";

// HeyGen v3's account and catalog endpoints (HEYGEN-V3.md 4, 5, 7), as the n8n node and the CLI read them.
let user: TestUser;
let key: string;

beforeAll(async () => {
  user = await makeUser("v3-catalog");
  key = await makeKey(user.teamId);
});

describe("HeyGen v3 catalog", () => {
  it("answers /v3/users/me (n8n's key check) with the account and the quota as a credit wallet", async () => {
    await db().team.update({ where: { id: user.teamId }, data: { quotaSeconds: 600 } });
    const res = await api("GET", "/v3/users/me", { headers: { "x-api-key": key } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: {
        username: expect.any(String),
        email: user.email,
        first_name: expect.any(String),
        last_name: expect.any(String),
        billing_type: "wallet",
        wallet: { currency: "credits", remaining_balance: 10, auto_reload: { enabled: false, amount_usd: null, threshold_usd: null } },
        subscription: null,
        usage_based: null,
      },
    });
    const anonymous = await api("GET", "/v3/users/me");
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
  });

  it("pages /v3/voices with has_more and next_token beside data, filters by language and gender, ignores engine", async () => {
    const all: { voice_id: string; language: string; gender: string; type: string; preview_audio_url: string }[] = [];
    let token: string | null = null;
    let pages = 0;
    do {
      const res = await api("GET", `/v3/voices?engine=starfish&limit=7${token ? `&token=${token}` : ""}`, { key });
      expect(res.status, res.text).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(["data", "has_more", "next_token"]);
      expect(res.body.data.length).toBeLessThanOrEqual(7);
      all.push(...res.body.data);
      token = res.body.has_more ? res.body.next_token : null;
      pages++;
    } while (token);
    const v2 = (await api("GET", "/v2/voices", { key })).body.data.voices as unknown[];
    expect(all.length).toBe(v2.length);
    expect(pages).toBe(Math.ceil(v2.length / 7));
    expect(new Set(all.map((v) => v.voice_id)).size).toBe(all.length);
    for (const v of all) {
      expect(v).toMatchObject({ type: "public", support_pause: expect.any(Boolean), support_locale: expect.any(Boolean) });
      expect(v.preview_audio_url).toMatch(/^https?:\/\/.+\/preview$/);
    }
    const english = (await api("GET", "/v3/voices?language=english&gender=female&limit=100", { key })).body.data as typeof all;
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((v) => v.language === "English" && v.gender === "female")).toBe(true);
    // No remote provider is configured for this team: nothing private.
    expect((await api("GET", "/v3/voices?type=private", { key })).body).toEqual({ data: [], has_more: false, next_token: null });
    const one = await api("GET", `/v3/voices/${all[0]!.voice_id}`, { key });
    expect(one.body.data).toMatchObject({ voice_id: all[0]!.voice_id, support_interactive_avatar: false });
    const missing = await api("GET", "/v3/voices/no_such_voice", { key });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: "not_found", message: 'The voice "no_such_voice" was not found.' } });
    const bad = await api("GET", "/v3/voices?limit=500", { key });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "invalid_parameter", param: "limit" });
  });

  it("lists presenters as v3 avatar groups whose looks are their styles, each look id usable as avatar_id", async () => {
    const groups = await api("GET", "/v3/avatars?ownership=public&limit=50", { key });
    expect(groups.body.has_more).toBe(false);
    const maya = (groups.body.data as Record<string, unknown>[]).find((g) => g.id === "avs_presenter_maya")!;
    expect(maya).toMatchObject({ name: "Maya", looks_count: 3, gender: "female", consent_status: null, error: null });
    expect(Number.isInteger(maya.created_at)).toBe(true);
    expect((await api("GET", "/v3/avatars/avs_presenter_maya", { key })).body.data).toEqual(maya);
    expect((await api("GET", "/v3/avatars?ownership=private", { key })).body.data).toEqual([]);

    const looks = await api("GET", "/v3/avatars/looks?group_id=avs_presenter_maya", { key });
    const ids = (looks.body.data as { id: string }[]).map((l) => l.id);
    expect(ids).toEqual(["avs_presenter_maya", "avs_presenter_maya__circle", "avs_presenter_maya__closeUp"]);
    const closeUp = await api("GET", "/v3/avatars/looks/avs_presenter_maya__closeUp", { key });
    expect(closeUp.body.data).toMatchObject({
      avatar_type: "studio_avatar",
      group_id: "avs_presenter_maya",
      supported_api_engines: ["avatar_v", "avatar_iv", "avatar_iii"],
    });
    expect((await fetch(closeUp.body.data.preview_image_url as string)).status).toBe(200);
    expect((await api("GET", "/v3/avatars/looks?avatar_type=photo_avatar", { key })).body.data).toEqual([]);
    expect((await api("GET", "/v3/avatars/looks/nobody", { key })).status).toBe(404);

    // The close-up look as a v2 avatar_id renders as the presenter in its close-up style.
    const made = await api("POST", "/v2/video/generate", {
      key,
      json: { video_inputs: [{ character: { type: "avatar", avatar_id: ids[2] }, voice: { type: "silence", duration: 1 } }] },
    });
    expect(made.status, made.text).toBe(200);
    const video = await db().video.findUniqueOrThrow({ where: { id: made.body.data.video_id } });
    expect((video.request as { video_inputs: { character: unknown }[] }).video_inputs[0]!.character).toMatchObject({
      avatar_id: "avs_presenter_maya",
      avatar_style: "closeUp",
    });
  });
});
