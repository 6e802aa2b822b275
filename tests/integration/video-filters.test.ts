import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/keys/api-keys";
import { api } from "./support/http";
import { makeUser, type TestUser } from "./support/fixtures";

// The dashboard's Videos list filtered by status, folder and creator (member or API key).
let owner: TestUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  owner = await makeUser("filters");
  const key = await createApiKey(owner.teamId, { name: "CRM" });
  const folder = await db().folder.create({ data: { teamId: owner.teamId, name: "Launch" } });
  const make = async (name: string, data: Record<string, unknown>) => {
    ids[name] = (await db().video.create({ data: { teamId: owner.teamId, request: {}, title: name, ...data } })).id;
  };
  await make("done-by-member", { status: "completed", createdById: owner.id, folderId: folder.id });
  await make("failed-by-key", { status: "failed", apiKeyId: key.id });
  await make("rendering-by-key", { status: "processing", apiKeyId: key.id, folderId: folder.id });
  await make("queued-by-member", { status: "pending", createdById: owner.id });
  ids.key = key.id;
  ids.folder = folder.id;
});

const list = async (query: string) => {
  const res = await api("GET", `/api/teams/${owner.teamSlug}/videos?${query}`, { cookie: owner.cookie });
  expect(res.status, res.text).toBe(200);
  return (res.body.data.videos as { title: string }[]).map((v) => v.title).sort();
};

describe("GET /api/teams/[team]/videos filters", () => {
  it("filters by status (in progress is queued, waiting or rendering), folder and creator, and combines them", async () => {
    expect(await list("")).toEqual(["done-by-member", "failed-by-key", "queued-by-member", "rendering-by-key"]);
    expect(await list("status=active")).toEqual(["queued-by-member", "rendering-by-key"]);
    expect(await list("status=completed")).toEqual(["done-by-member"]);
    expect(await list(`folder_id=${ids.folder}`)).toEqual(["done-by-member", "rendering-by-key"]);
    expect(await list(`creator=user:${owner.id}`)).toEqual(["done-by-member", "queued-by-member"]);
    expect(await list(`creator=key:${ids.key}&status=failed`)).toEqual(["failed-by-key"]);
    expect(await list("status=&folder_id=&creator=")).toHaveLength(4);
  });

  it("answers a malformed filter with 400 naming it", async () => {
    const bad = await api("GET", `/api/teams/${owner.teamSlug}/videos?creator=robot`, { cookie: owner.cookie });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("creator");
    expect((await api("GET", `/api/teams/${owner.teamSlug}/videos?status=done`, { cookie: owner.cookie })).status).toBe(400);
  });
});
