import everyField from "./every-field.json";
import talkingPhoto from "./talking-photo.json";

// Example bodies of POST /v2/video/generate, for docs, the dashboard and tests. Team-owned ids are
// placeholders ("{{image_asset_id}}") filled in by the caller with ids that exist in its team.

const examples = { "every-field": everyField, "talking-photo": talkingPhoto } as const;

export type ExampleName = keyof typeof examples;
type ExamplePlaceholder = "image_asset_id" | "video_asset_id" | "audio_asset_id" | "folder_id" | "talking_photo_id";
export type ExampleIds = Partial<Record<ExamplePlaceholder, string>>;

const placeholder = /^\{\{(\w+)\}\}$/;

// Replaces string values that are exactly "{{name}}"; a placeholder without a value is a programming error.
function fill(value: unknown, ids: ExampleIds): unknown {
  if (typeof value === "string") {
    const name = placeholder.exec(value)?.[1];
    if (name === undefined) return value;
    const id = Object.hasOwn(ids, name) ? ids[name as ExamplePlaceholder] : undefined;
    if (id === undefined) throw new Error(`fillExample: no id given for {{${name}}}`);
    return id;
  }
  if (Array.isArray(value)) return value.map((item) => fill(item, ids));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item, ids)]));
  }
  return value;
}

// A fresh copy of the example with its placeholders replaced, ready to send or to parse.
export function fillExample(name: ExampleName, ids: ExampleIds): unknown {
  return fill(examples[name], ids);
}
