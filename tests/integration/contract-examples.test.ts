import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fillExample } from "@/lib/contract/examples";
import { parseVideoRequest } from "@/lib/contract/parse";
import { resolveVideoRequest } from "@/lib/contract/resolve";
import { teamLookups } from "@/lib/videos/team-lookups";
import { api } from "./support/http";
import { makeKey, makeUser, truncateAll, type TestUser } from "./support/fixtures";

// The every-field example, with ids of the team's own assets and folder, goes through the real endpoint and
// is stored exactly as the contract normalises it. Ids of another team's assets are refused by field.
async function teamObjects(user: TestUser) {
  const asset = (type: "image" | "video" | "audio", mimeType: string, extra: object = {}) =>
    db().asset.create({
      data: {
        teamId: user.teamId,
        name: `${type}.bin`,
        type,
        mimeType,
        storageKey: `teams/${user.teamId}/assets/${type}-${Date.now()}-${Math.random()}`,
        sizeBytes: 10,
        ...extra,
      },
    });
  return {
    image_asset_id: (await asset("image", "image/png", { width: 640, height: 360 })).id,
    video_asset_id: (await asset("video", "video/mp4", { width: 640, height: 360, duration: 4 })).id,
    audio_asset_id: (await asset("audio", "audio/mpeg", { duration: 7.5 })).id,
    folder_id: (await db().folder.create({ data: { teamId: user.teamId, name: "Launch" } })).id,
  };
}

beforeEach(truncateAll);

describe("contract examples over HTTP", () => {
  it("accepts every field once and stores the normalised request", async () => {
    const owner = await makeUser("every-field");
    const key = await makeKey(owner.teamId);
    const ids = await teamObjects(owner);
    const body = fillExample("every-field", ids);
    const res = await api("POST", "/v2/video/generate", { key, json: body });
    expect(res.status, res.text).toBe(200);
    const video = await db().video.findUniqueOrThrow({ where: { id: res.body.data.video_id } });
    // Stored as parsed and resolved (resolve drops settings the chosen voice cannot use, e.g. ElevenLabs ones).
    const expected = await resolveVideoRequest(parseVideoRequest(body), teamLookups(owner.teamId));
    expect(video.request).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(JSON.stringify(video.request)).toContain(ids.image_asset_id);
    expect(video.folderId).toBe(ids.folder_id);
    expect(video.callbackId).toBe((body as { callback_id?: string }).callback_id ?? null);
  });

  it("refuses another team's asset and folder ids, naming the field", async () => {
    const owner = await makeUser("owner");
    const other = await makeUser("other");
    const key = await makeKey(other.teamId);
    const res = await api("POST", "/v2/video/generate", { key, json: fillExample("every-field", await teamObjects(owner)) });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_parameter");
    expect(res.body.error.message).toMatch(/asset_id|folder_id/);
    expect(await db().video.count()).toBe(0);
  });

  it("refuses a talking photo id the team does not have (talking photos arrive with their own issue)", async () => {
    const owner = await makeUser("photo");
    const key = await makeKey(owner.teamId);
    const res = await api("POST", "/v2/video/generate", { key, json: fillExample("talking-photo", { talking_photo_id: "tp_missing" }) });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain("talking_photo_id");
  });
});
