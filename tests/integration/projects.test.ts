import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { api } from "./support/http";
import { makeKey, makeUser, truncateAll, type TestUser } from "./support/fixtures";

// The studio's drafts over real HTTP with session cookies: projects, scenes with field-level
// last-write-wins, Generate through the API's createVideo, the render history and restore.
let owner: TestUser;
let mate: TestUser; // a member of the owner's team
let base: string;

const as = (u: TestUser, json?: unknown) => ({ cookie: u.cookie, json });
// The field paths of a text voice switched to silence.
const SILENCE = ["voice.type", "voice.duration", "voice.voice_id", "voice.input_text"];
const scenesOf = async (projectId: string) =>
  (await api("GET", `${base}/${projectId}`, as(owner))).body.data.scenes as {
    id: string;
    character: Record<string, unknown>;
    voice: Record<string, unknown>;
    background: Record<string, unknown>;
  }[];

beforeEach(async () => {
  await truncateAll();
  owner = await makeUser("studio-owner");
  mate = await makeUser("studio-mate");
  await db().user.update({ where: { id: owner.id }, data: { name: "Olga Owner" } });
  await db().user.update({ where: { id: mate.id }, data: { name: "Max Mate" } });
  await db().membership.create({ data: { teamId: owner.teamId, userId: mate.id, role: "member" } });
  base = `/api/teams/${owner.teamSlug}/projects`;
});

describe("projects", () => {
  it("creates, lists with search and folder, renames, duplicates and deletes, naming creator and last editor", async () => {
    const folder = await api("POST", "/v1/folders/create", { key: await makeKey(owner.teamId), json: { name: "Launch" } });
    const folderId = folder.body.data.id as string;
    const made = await api("POST", base, as(owner, { title: "Quarterly update", folder_id: folderId }));
    expect(made.status, made.text).toBe(201);
    expect(made.body.data.scenes).toHaveLength(1);
    const other = await api("POST", base, as(mate, { title: "Welcome clip" }));
    const id = made.body.data.id as string;

    const renamed = await api("PATCH", `${base}/${id}`, as(mate, { title: "Q3 update", width: 1080, height: 1920, caption: true }));
    expect(renamed.body.data).toMatchObject({ title: "Q3 update", width: 1080, height: 1920, caption: true, folderId });

    const all = (await api("GET", base, as(owner))).body.data.projects;
    expect(all.map((p: { title: string }) => p.title).sort()).toEqual(["Q3 update", "Welcome clip"]);
    expect(all.find((p: { id: string }) => p.id === id)).toMatchObject({
      createdBy: "Olga Owner",
      updatedBy: "Max Mate",
      folder: { id: folderId, name: "Launch" },
      scenes: 1,
    });
    expect((await api("GET", `${base}?q=q3`, as(owner))).body.data.projects.map((p: { id: string }) => p.id)).toEqual([id]);
    expect((await api("GET", `${base}?folder_id=${folderId}`, as(owner))).body.data.projects.map((p: { id: string }) => p.id)).toEqual([
      id,
    ]);

    const copy = await api("POST", `${base}/${id}/duplicate`, as(owner));
    expect(copy.status).toBe(201);
    expect(copy.body.data).toMatchObject({ title: "Q3 update (copy)", width: 1080, height: 1920, caption: true });
    expect(copy.body.data.scenes).toHaveLength(1);

    expect((await api("DELETE", `${base}/${other.body.data.id}`, as(owner))).status).toBe(200);
    expect((await api("GET", `${base}/${other.body.data.id}`, as(owner))).status).toBe(404);
    expect((await api("POST", base, as(owner, { title: "  " }))).status).toBe(400);
  });

  it("adds, duplicates, moves and deletes scenes, keeping positions dense", async () => {
    const id = (await api("POST", base, as(owner, { title: "Scenes" }))).body.data.id as string;
    const [first] = await scenesOf(id);
    await api(
      "PATCH",
      `${base}/${id}/scenes/${first!.id}`,
      as(owner, {
        voice: { type: "text", voice_id: "avs_voice_en_clara", input_text: "One" },
        changed: ["voice.input_text"],
        edited_at: Date.now(),
      }),
    );
    const second = (await api("POST", `${base}/${id}/scenes`, as(owner, {}))).body.data;
    const copy = await api("POST", `${base}/${id}/scenes/${first!.id}/duplicate`, as(owner));
    expect(copy.status).toBe(201);
    // The copy sits right after its original.
    let order = (await scenesOf(id)).map((s) => s.id);
    expect(order).toEqual([first!.id, copy.body.data.id, second.id]);
    expect((await scenesOf(id))[1]!.voice.input_text).toBe("One");

    await api("POST", `${base}/${id}/scenes/${second.id}/move`, as(owner, { position: 0 }));
    order = (await scenesOf(id)).map((s) => s.id);
    expect(order).toEqual([second.id, first!.id, copy.body.data.id]);

    await api("DELETE", `${base}/${id}/scenes/${first!.id}`, as(owner));
    const rows = await db().projectScene.findMany({ where: { projectId: id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.id, r.position])).toEqual([
      [second.id, 0],
      [copy.body.data.id, 1],
    ]);
  });

  it("resolves two tabs last-write-wins per field, and a teammate sees the same draft", async () => {
    const id = (await api("POST", base, as(owner, { title: "Tabs" }))).body.data.id as string;
    const [scene] = await scenesOf(id);
    const url = `${base}/${id}/scenes/${scene!.id}`;
    const t = Date.now() - 10_000;
    const voice = (extra: Record<string, unknown>) => ({ type: "text", voice_id: "avs_voice_en_clara", input_text: "", ...extra });

    // One tab types the script; the other, whose edits were made earlier, changes the speed of the same
    // voice, the script too, and the background. Per field: its script loses, its speed and colour win.
    const newer = await api(
      "PATCH",
      url,
      as(owner, { voice: voice({ input_text: "Newer words" }), changed: ["voice.input_text"], edited_at: t + 2000 }),
    );
    expect(newer.body.data).toMatchObject({ applied: ["voice.input_text"], stale: [] });
    const older = await api(
      "PATCH",
      url,
      as(mate, {
        voice: voice({ input_text: "Older words", speed: 1.25 }),
        background: { type: "color", value: "#336699" },
        changed: ["voice.input_text", "voice.speed", "background.value"],
        edited_at: t + 1000,
      }),
    );
    expect(older.status, older.text).toBe(200);
    expect(older.body.data.stale).toEqual(["voice.input_text"]);
    expect(older.body.data.applied.sort()).toEqual(["background.value", "voice.speed"]);
    expect(older.body.data.scene.voice).toMatchObject({ input_text: "Newer words", speed: 1.25 });

    // Removing the presenter is a field of its own; an older edit of the presenter's scale then finds
    // nothing to set, and a newer edit of it is stale too until the presenter is added back.
    const removed = await api("PATCH", url, as(owner, { character: null, changed: ["character"], edited_at: t + 3000 }));
    expect(removed.body.data).toMatchObject({ applied: ["character"], scene: { character: null } });
    const scaled = await api(
      "PATCH",
      url,
      as(mate, { character: { ...scene!.character, scale: 0.5 }, changed: ["character.scale"], edited_at: t + 4000 }),
    );
    expect(scaled.body.data).toMatchObject({ applied: [], stale: ["character.scale"], scene: { character: null } });
    const back = await api(
      "PATCH",
      url,
      as(mate, { character: { ...scene!.character, scale: 0.7 }, changed: ["character", "character.scale"], edited_at: t + 5000 }),
    );
    expect(back.body.data.scene.character).toMatchObject({ avatar_id: "avs_presenter_maya", scale: 0.7 });

    // A key missing from the part is removed when its path is named: this tab, having seen the speed, switched
    // the voice to silence.
    const silence = await api(
      "PATCH",
      url,
      as(owner, { voice: { type: "silence", duration: 2 }, changed: SILENCE.concat("voice.speed"), edited_at: t + 6000 }),
    );
    expect(silence.body.data.scene.voice).toEqual({ type: "silence", duration: 2 });

    const seen = (await api("GET", `${base}/${id}`, as(mate))).body.data.scenes[0];
    expect(seen).toMatchObject({
      voice: { type: "silence", duration: 2 },
      background: { type: "color", value: "#336699" },
      character: { scale: 0.7 },
    });
    // Bodies that do not say what changed, or name a field the body lacks, are refused by field.
    expect((await api("PATCH", url, as(owner, { voice: "nope", changed: ["voice.type"], edited_at: t }))).status).toBe(400);
    const lacking = await api("PATCH", url, as(owner, { voice: voice({}), changed: ["background.value"], edited_at: t }));
    expect(lacking.status).toBe(400);
    expect(lacking.body.error.message).toContain("changed[0]: names background");
    expect((await api("PATCH", url, as(owner, { voice: voice({}), changed: ["voice.a-b"], edited_at: t }))).status).toBe(400);
    expect((await api("PATCH", url, as(owner, { voice: voice({}), edited_at: t }))).status).toBe(400);
  });

  it("refuses to generate an invalid draft by field, then generates through createVideo, lists the render and restores it", async () => {
    const id = (await api("POST", base, as(owner, { title: "Generate me" }))).body.data.id as string;
    const [scene] = await scenesOf(id);
    const bad = await api("POST", `${base}/${id}/generate`, as(owner));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("video_inputs.0.voice.input_text");
    expect(await db().video.count()).toBe(0);

    await api(
      "PATCH",
      `${base}/${id}/scenes/${scene!.id}`,
      as(owner, {
        voice: { type: "silence", duration: 2 },
        background: { type: "color", value: "#204060" },
        changed: SILENCE.concat("background.value"),
        edited_at: Date.now(),
      }),
    );
    // Another team's video waits in the queue first: it must not count in this team's queue position.
    const stranger = await makeUser("stranger");
    const theirs = await api("POST", "/v2/video/generate", {
      key: await makeKey(stranger.teamId),
      json: { video_inputs: [{ voice: { type: "silence", duration: 1 } }] },
    });
    expect(theirs.status, theirs.text).toBe(200);
    const made = await api("POST", `${base}/${id}/generate`, as(mate));
    expect(made.status, made.text).toBe(201);
    const video = await db().video.findUniqueOrThrow({ where: { id: made.body.data.video_id } });
    expect(video).toMatchObject({ projectId: id, teamId: owner.teamId, createdById: mate.id, title: "Generate me", status: "pending" });
    expect(video.request).toMatchObject({
      dimension: { width: 1920, height: 1080 },
      video_inputs: [{ voice: { type: "silence", duration: 2 }, background: { value: "#204060" } }],
    });

    const renders = (await api("GET", `${base}/${id}/renders`, as(owner))).body.data.renders;
    expect(renders).toEqual([expect.objectContaining({ id: video.id, status: "pending", startedBy: "Max Mate", queuePosition: 1 })]);

    // Edit the draft, then put the rendered version back.
    await api(
      "PATCH",
      `${base}/${id}/scenes/${scene!.id}`,
      as(owner, { voice: { type: "silence", duration: 9 }, changed: ["voice.duration"], edited_at: Date.now() }),
    );
    await api("POST", `${base}/${id}/scenes`, as(owner, {}));
    const restored = await api("POST", `${base}/${id}/restore`, as(owner, { video_id: video.id }));
    expect(restored.status, restored.text).toBe(200);
    expect(restored.body.data.scenes).toHaveLength(1);
    expect(restored.body.data.scenes[0].voice).toMatchObject({ type: "silence", duration: 2 });

    // Deleting the project keeps its video, unlinked.
    await api("DELETE", `${base}/${id}`, as(owner));
    expect(await db().video.findUniqueOrThrow({ where: { id: video.id } })).toMatchObject({ projectId: null });
  });
});
