import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fillExample } from "@/lib/contract/examples";
import { parseVideoRequest } from "@/lib/contract/parse";
import { videoRequestSchema } from "@/lib/contract/schema";

// The example bodies: they parse, and together they use every field the contract defines.

const ids = { image_asset_id: "img_1", video_asset_id: "vid_1", audio_asset_id: "aud_1", folder_id: "fld_1", talking_photo_id: "tp_1" };

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, into));
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      into.add(key);
      keysOf(item, into);
    }
  }
  return into;
}

// Field names are the keys under `properties`; other JSON Schema keywords are not fields.
function schemaFields(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((s) => schemaFields(s, into));
  else if (schema && typeof schema === "object") {
    for (const [key, value] of Object.entries(schema)) {
      if (key === "properties") Object.keys(value as object).forEach((field) => into.add(field));
      schemaFields(value, into);
    }
  }
  return into;
}

describe("examples", () => {
  it("fill their placeholders and parse", () => {
    const everyField = fillExample("every-field", ids);
    expect(JSON.stringify(everyField)).not.toContain("{{");
    const request = parseVideoRequest(everyField);
    expect(request.folder_id).toBe("fld_1");
    expect(request.video_inputs[1]).toMatchObject({ voice: { audio_asset_id: "aud_1" }, background: { image_asset_id: "img_1" } });
    expect(request.video_inputs[3]!.background).toMatchObject({ video_asset_id: "vid_1", play_style: "full_video" });
    const photo = parseVideoRequest(fillExample("talking-photo", ids));
    expect(photo.video_inputs[0]!.character).toMatchObject({ type: "talking_photo", talking_photo_id: "tp_1", expression: "happy" });
  });

  it("use every field of the contract between them", () => {
    const used = keysOf([fillExample("every-field", ids), fillExample("talking-photo", ids)]);
    const fields = schemaFields(z.toJSONSchema(videoRequestSchema, { io: "input" }));
    expect([...fields].filter((field) => !used.has(field))).toEqual([]);
  });

  it("refuse to leave a placeholder unfilled, and return a fresh copy each time", () => {
    expect(() => fillExample("talking-photo", {})).toThrow("fillExample: no id given for {{talking_photo_id}}");
    const a = fillExample("talking-photo", ids) as { title: string };
    a.title = "changed";
    expect((fillExample("talking-photo", ids) as { title: string }).title).toBe("A talking photo");
  });
});
