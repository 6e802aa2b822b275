import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeKey, makeUser, type TestUser } from "./support/fixtures";
import { api } from "./support/http";

// HeyGen's v1/v2 endpoints that published clients call beside the video ones (HEYGEN-V3.md section 10).
let user: TestUser;
let key: string;

beforeAll(async () => {
  user = await makeUser("legacy");
  key = await makeKey(user.teamId);
});

describe("HeyGen's legacy and catalog endpoints", () => {
  it("lists avatars and voices at /v1/avatar.list and /v1/voice.list: the v2 items in the v1 envelope", async () => {
    const [v1Avatars, v2Avatars] = await Promise.all([api("GET", "/v1/avatar.list", { key }), api("GET", "/v2/avatars", { key })]);
    expect(v1Avatars.body).toMatchObject({ code: 100, message: "Success" });
    expect(v1Avatars.body.data).toEqual(v2Avatars.body.data);
    expect(v1Avatars.body.data.avatars.length).toBeGreaterThanOrEqual(8);
    const [v1Voices, v2Voices] = await Promise.all([api("GET", "/v1/voice.list", { key }), api("GET", "/v2/voices", { key })]);
    expect(v1Voices.body.code).toBe(100);
    expect(v1Voices.body.data).toEqual(v2Voices.body.data);
    // heygen-mcp requires these on every voice.
    for (const v of v1Voices.body.data.voices as Record<string, unknown>[]) {
      expect(v).toMatchObject({
        support_pause: expect.any(Boolean),
        emotion_support: expect.any(Boolean),
        support_interactive_avatar: false,
      });
      expect(String(v.preview_audio)).toMatch(/^https?:\/\/.+\/preview$/);
    }
  });

  it("answers one presenter's details in HeyGen's shape, and 404 for an unknown id", async () => {
    const res = await api("GET", "/v2/avatar/avs_presenter_amara/details", { key });
    expect(res.status).toBe(200);
    expect(res.body.error).toBeNull();
    expect(res.body.data).toMatchObject({
      type: "avatar",
      id: "avs_presenter_amara",
      avatar_id: "avs_presenter_amara",
      name: "Amara",
      gender: expect.stringMatching(/^(male|female)$/),
      premium: false,
      is_public: true,
      default_voice_id: expect.any(String),
      tags: [],
    });
    // The preview links work.
    const preview = await fetch(res.body.data.preview_image_url as string);
    expect(preview.status).toBe(200);
    expect(preview.headers.get("content-type")).toMatch(/^image\//);
    const missing = await api("GET", "/v2/avatar/avs_presenter_nobody/details", { key });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: "not_found", message: 'The avatar "avs_presenter_nobody" was not found.' });
  });

  it("answers /v2/user/remaining_quota with HeyGen's four integer details", async () => {
    const res = await api("GET", "/v2/user/remaining_quota", { key });
    const { details, remaining_quota } = res.body.data;
    expect(details).toEqual({ api: remaining_quota, streaming_avatar: 0, streaming_avatar_instance_quota: 0, seat: 0 });
  });

  it("deletes a webhook endpoint by the path form DELETE /v1/webhook/endpoint.delete/{id}", async () => {
    const endpoint = await db().webhookEndpoint.create({
      data: { teamId: user.teamId, url: "https://hooks.example.com/legacy", events: [], secret: "whsec_legacy" },
    });
    const res = await api("DELETE", `/v1/webhook/endpoint.delete/${endpoint.id}`, { key });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: 100, data: { endpoint_id: endpoint.id } });
    expect(await db().webhookEndpoint.findUnique({ where: { id: endpoint.id } })).toBeNull();
    expect((await api("DELETE", `/v1/webhook/endpoint.delete/${endpoint.id}`, { key })).status).toBe(404);
  });

  it("renames, trashes and restores a folder; a trashed one leaves the list and is refused as folder_id", async () => {
    const made = await api("POST", "/v1/folders/create", { key, json: { name: "Q3 updates" } });
    const id = made.body.data.id as string;
    const renamed = await api("POST", `/v1/folders/${id}`, { key, json: { name: "Q4 updates" } });
    expect(renamed.body).toMatchObject({ code: 100, data: { id, name: "Q4 updates" } });
    const names = async () => ((await api("GET", "/v1/folders", { key })).body.data.folders as { name: string }[]).map((f) => f.name);
    expect(await names()).toContain("Q4 updates");
    const silence = (folder_id: string) => ({ folder_id, video_inputs: [{ voice: { type: "silence", duration: 1 } }] });

    expect((await api("POST", `/v1/folders/${id}/trash`, { key })).body).toMatchObject({ code: 100, data: { id } });
    expect((await api("POST", `/v1/folders/${id}/trash`, { key })).status).toBe(200);
    expect(await names()).not.toContain("Q4 updates");
    const refused = await api("POST", "/v2/video/generate", { key, json: silence(id) });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("folder_id");

    expect((await api("POST", `/v1/folders/${id}/restore`, { key })).body).toMatchObject({ code: 100, data: { id, name: "Q4 updates" } });
    expect(await names()).toContain("Q4 updates");
    expect((await api("POST", "/v2/video/generate", { key, json: silence(id) })).status).toBe(200);

    const empty = await api("POST", `/v1/folders/${id}`, { key, json: { name: "  " } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain("name");
    expect((await api("POST", "/v1/folders/no-such-folder/trash", { key })).status).toBe(404);
  });

  it("lists avatar groups (a presenter's looks are its styles, usable as avatar_id) with URLs and integers clients need", async () => {
    const groups = await api("GET", "/v2/avatar_group.list", { key });
    expect(groups.body.error).toBeNull();
    const list = groups.body.data.avatar_group_list as Record<string, unknown>[];
    expect(groups.body.data.total_count).toBe(list.length);
    const maya = list.find((g) => g.id === "avs_presenter_maya")!;
    expect(maya).toMatchObject({ name: "Maya", group_type: "PUBLIC", num_looks: 3, train_status: null });
    expect(Number.isInteger(maya.created_at)).toBe(true);
    expect((await fetch(maya.preview_image as string)).status).toBe(200);
    // HeyGen's include_public=false: the team's own groups only (this team has no talking photo).
    expect((await api("GET", "/v2/avatar_group.list?include_public=false", { key })).body.data).toEqual({
      total_count: 0,
      avatar_group_list: [],
    });

    const looks = (await api("GET", "/v2/avatar_group/avs_presenter_maya/avatars", { key })).body.data.avatar_list as Record<
      string,
      unknown
    >[];
    expect(looks.map((l) => l.id)).toEqual(["avs_presenter_maya", "avs_presenter_maya__circle", "avs_presenter_maya__closeUp"]);
    for (const l of looks) {
      expect(l).toMatchObject({ avatar_id: l.id, group_id: "avs_presenter_maya", status: "completed", premium: false, type: "avatar" });
      expect(String(l.preview_video_url)).toMatch(/^https?:\/\/.+\/preview_video$/);
      expect(String(l.image_url)).toMatch(/^https?:\/\//);
    }
    expect((await api("GET", "/v2/avatar_group/nobody/avatars", { key })).status).toBe(404);

    // The circle look as avatar_id: the stored request names the presenter and the circle style.
    const made = await api("POST", "/v2/video/generate", {
      key,
      json: {
        video_inputs: [{ character: { type: "avatar", avatar_id: "avs_presenter_maya__circle" }, voice: { type: "silence", duration: 1 } }],
      },
    });
    expect(made.status, made.text).toBe(200);
    const video = await db().video.findUniqueOrThrow({ where: { id: made.body.data.video_id } });
    expect((video.request as { video_inputs: { character: unknown }[] }).video_inputs[0]!.character).toMatchObject({
      avatar_id: "avs_presenter_maya",
      avatar_style: "circle",
    });
  });
});
