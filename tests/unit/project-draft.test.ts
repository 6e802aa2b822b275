import { describe, expect, it } from "vitest";
import { draftToRequest, requestToDraft, validateDraft, type DraftProject } from "@/lib/projects/draft";

const draft = (scenes: DraftProject["scenes"], extra: Partial<DraftProject> = {}): DraftProject => ({
  title: "Demo",
  folderId: null,
  width: 1280,
  height: 720,
  caption: false,
  captionMode: "burn_in",
  scenes,
  ...extra,
});
const colour = { type: "color", value: "#204060" };

describe("project drafts", () => {
  it("turn into the contract's raw request, without a character where the scene has none", () => {
    const raw = draftToRequest(
      draft([{ id: "s1", character: null, voice: { type: "silence", duration: 2 }, background: colour }], { folderId: "f1" }),
    );
    expect(raw).toEqual({
      title: "Demo",
      folder_id: "f1",
      dimension: { width: 1280, height: 720 },
      caption: false,
      caption_mode: "burn_in",
      video_inputs: [{ voice: { type: "silence", duration: 2 }, background: colour }],
    });
  });

  it("are judged by the contract schema, with errors keyed by field path", () => {
    const result = validateDraft(
      draft(
        [
          {
            id: "s1",
            character: { type: "avatar", avatar_id: "a", scale: 9 },
            voice: { type: "text", voice_id: "v", input_text: "" },
            background: { type: "color", value: "blue" },
          },
          { id: "s2", character: null, voice: { type: "silence", duration: 2 }, background: { type: "image" } },
        ],
        { width: 1281 },
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      "dimension.width": "must be an even number between 128 and 4096, got 1281",
      "video_inputs.0.character.scale": expect.stringContaining("at most 5"),
      "video_inputs.0.voice.input_text": "must not be empty",
      "video_inputs.0.background.value": expect.stringContaining("hex colour"),
      "video_inputs.1.background": "needs url or image_asset_id",
    });
  });

  it("with no scenes are refused, and a valid draft comes back defaulted and restorable", () => {
    expect(validateDraft(draft([]))).toMatchObject({
      ok: false,
      errors: { video_inputs: expect.stringContaining("between 1 and 50 scenes") },
    });
    const result = validateDraft(
      draft([{ id: "s1", character: null, voice: { type: "text", voice_id: "v", input_text: "Hi there" }, background: colour }]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.request.video_inputs[0]!.voice).toMatchObject({ speed: 1, pitch: 0 });
    expect(requestToDraft(result.request)).toMatchObject({
      width: 1280,
      height: 720,
      scenes: [{ character: null, voice: { input_text: "Hi there" }, background: colour }],
    });
  });
});
