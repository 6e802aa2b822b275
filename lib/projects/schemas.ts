import { z } from "zod";
import { isFieldPath, type ScenePart } from "@/lib/projects/scene-merge";

// Bodies and queries of the dashboard's project routes. Scene fields stay loose JSON objects here: a draft
// may be half-typed and invalid; the contract schema judges it (validateDraft) only when it is generated.
const jsonObject = z.record(z.string(), z.unknown());

export const SIZE_PRESETS = {
  "16:9 1920×1080": { width: 1920, height: 1080 },
  "16:9 1280×720": { width: 1280, height: 720 },
  "9:16 1080×1920": { width: 1080, height: 1920 },
  "1:1 1080×1080": { width: 1080, height: 1080 },
} as const;

export const listProjectsQuery = z.object({
  q: z.string().trim().max(200).optional(),
  folder_id: z.string().trim().min(1).max(100).optional(),
});

export const createProjectBody = z.object({
  title: z.string().trim().min(1).max(255),
  folder_id: z.string().trim().min(1).max(100).nullish(),
});

export const updateProjectBody = z.object({
  title: z.string().trim().min(1).max(255).optional(),
  folder_id: z.string().trim().min(1).max(100).nullable().optional(),
  // Validated by the contract on Generate; here only kept within what a column holds.
  width: z.number().int().min(1).max(10000).optional(),
  height: z.number().int().min(1).max(10000).optional(),
  caption: z.boolean().optional(),
  caption_mode: z.enum(["file_only", "burn_in"]).optional(),
});

export const patchSceneBody = z
  .object({
    character: jsonObject.nullable().optional(),
    voice: jsonObject.optional(),
    background: jsonObject.optional(),
    // The field paths this edit changed ("voice.input_text", or "character" for adding/removing the
    // presenter); the parts above carry their values. Per path, the newer edit wins.
    changed: z.array(z.string().refine(isFieldPath, "must name a field, like voice.input_text")).min(1).max(200),
    // When the client made this edit (ms since epoch).
    edited_at: z.number().int().positive(),
  })
  .superRefine((body, ctx) => {
    for (const [i, path] of body.changed.entries()) {
      const part = path.split(".")[0] as ScenePart;
      if (body[part] === undefined)
        ctx.addIssue({ code: "custom", path: ["changed", i], message: `names ${part}, which the body does not carry` });
    }
  });

export const addSceneBody = z.object({ after: z.string().min(1).max(100).optional() }).default({});
export const moveSceneBody = z.object({ position: z.number().int().min(0).max(1000) });
export const restoreBody = z.object({ video_id: z.string().min(1).max(100) });

export type PatchScene = z.infer<typeof patchSceneBody>;
export type UpdateProject = z.infer<typeof updateProjectBody>;
