import { describe, expect, it } from "vitest";
import { changedPaths, copyPath, isFieldPath, mergeScene, type SceneParts } from "@/lib/projects/scene-merge";

const maya = { type: "avatar", avatar_id: "avs_presenter_maya", scale: 1, offset: { x: 0, y: 0 } };
const scene: SceneParts = {
  character: maya,
  voice: { type: "text", voice_id: "avs_voice_en_clara", input_text: "Hello" },
  background: { type: "color", value: "#ffffff" },
};

describe("changedPaths", () => {
  it("names each key whose value changed, nested values compared deeply", () => {
    expect(changedPaths("character", maya, { ...maya, offset: { x: 0, y: 0 } })).toEqual([]);
    expect(changedPaths("character", maya, { ...maya, offset: { x: 0.25, y: 0 }, scale: 1 })).toEqual(["character.offset"]);
    expect(changedPaths("voice", scene.voice, { type: "silence", duration: 2 }).sort()).toEqual([
      "voice.duration",
      "voice.input_text",
      "voice.type",
      "voice.voice_id",
    ]);
  });

  it("names the presence of the presenter when it is added or removed", () => {
    expect(changedPaths("character", maya, null)).toEqual(["character"]);
    expect(changedPaths("character", null, { avatar_id: "a" })).toEqual(["character", "character.avatar_id"]);
  });
});

describe("mergeScene", () => {
  it("keeps, per field, the newer of two edits of the same part", () => {
    const times = { "voice.input_text": 2000 };
    const stored = { ...scene, voice: { ...scene.voice, input_text: "Newer" } };
    const incoming = { voice: { ...scene.voice, input_text: "Older", speed: 1.5 } };
    const out = mergeScene(stored, times, incoming, ["voice.input_text", "voice.speed"], 1000);
    expect(out.parts.voice).toEqual({ type: "text", voice_id: "avs_voice_en_clara", input_text: "Newer", speed: 1.5 });
    expect(out).toMatchObject({
      applied: ["voice.speed"],
      stale: ["voice.input_text"],
      times: { "voice.input_text": 2000, "voice.speed": 1000 },
    });
    // An edit at the same time as the stored one wins (the later arrival).
    expect(mergeScene(stored, times, incoming, ["voice.input_text"], 2000).parts.voice.input_text).toBe("Older");
  });

  it("writes only the named paths, not the rest of the part the client sent", () => {
    const incoming = { voice: { ...scene.voice, input_text: "Stale copy" }, background: { type: "color", value: "#000000" } };
    const out = mergeScene(scene, {}, incoming, ["background.value"], 1);
    expect(out.parts.voice).toEqual(scene.voice);
    expect(out.parts.background.value).toBe("#000000");
  });

  it("removes a named key the part no longer has", () => {
    const out = mergeScene(
      scene,
      {},
      { voice: { type: "silence", duration: 2 } },
      changedPaths("voice", scene.voice, { type: "silence", duration: 2 }),
      1,
    );
    expect(out.parts.voice).toEqual({ type: "silence", duration: 2 });
  });

  it("treats keys of an absent presenter as stale, and lets a newer add bring it back with its keys", () => {
    const removed = mergeScene(scene, {}, { character: null }, ["character"], 10);
    expect(removed.parts.character).toBeNull();
    const scaled = mergeScene(removed.parts, removed.times, { character: { ...maya, scale: 0.5 } }, ["character.scale"], 20);
    expect(scaled).toMatchObject({ applied: [], stale: ["character.scale"] });
    expect(scaled.parts.character).toBeNull();
    const older = mergeScene(removed.parts, removed.times, { character: maya }, ["character", "character.scale"], 5);
    expect(older.stale.sort()).toEqual(["character", "character.scale"]);
    const back = mergeScene(removed.parts, removed.times, { character: { ...maya, scale: 0.7 } }, ["character", "character.scale"], 30);
    expect(back.parts.character).toEqual({ ...maya, scale: 0.7 });
  });
});

describe("field paths", () => {
  it("accepts a part's key, and the presenter's presence alone", () => {
    expect(["voice.input_text", "character", "character.offset", "background.value"].every(isFieldPath)).toBe(true);
    expect(["voice", "background", "voice.", "voice.a-b", "script.text", "voice.a.b"].some(isFieldPath)).toBe(false);
  });

  it("copies one path between drafts", () => {
    const other: SceneParts = { ...scene, voice: { type: "text", input_text: "Theirs" } };
    expect(copyPath(scene, other, "voice.input_text").voice).toEqual({
      type: "text",
      voice_id: "avs_voice_en_clara",
      input_text: "Theirs",
    });
    expect(copyPath(scene, other, "voice.voice_id").voice).toEqual({ type: "text", input_text: "Hello" });
    expect(copyPath(scene, { ...scene, character: null }, "character").character).toBeNull();
  });
});
