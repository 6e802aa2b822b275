import "server-only";
import { randomUUID } from "node:crypto";
import { access, mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { findAvatar } from "@/lib/catalog";
import { videoRequestSchema } from "@/lib/contract/schema";
import { cacheDir } from "@/lib/render/cache-dir";
import { PREVIEW_BACKDROP } from "@/lib/render/character/presenter-preview";
import { assemble, composeScene } from "@/lib/render/compose";
import { prepareScene } from "@/lib/render/scene/prepare-scene";
import { withTempDir } from "@/lib/render/temp-dir";

// Bumped when the clip's script, size or backdrop changes (sprites and voices carry their own versions).
const VERSION = 1;
const building = new Map<string, Promise<string>>();

const script = (name: string) => `Hi, I'm ${name}. Give me your script, pick a voice, and I will present it for you.`;

// The catalog's preview video of a presenter: a few seconds of it greeting the viewer in its default
// voice, 640x360 on the preview image's backdrop, made by the render engine itself and cached on disk.
// Returns the MP4's path; concurrent callers share one render.
export function avatarPreviewVideo(avatarId: string): Promise<string> {
  const avatar = findAvatar(avatarId);
  if (!avatar) return Promise.reject(new Error(`no avatar ${avatarId}`));
  const file = path.join(cacheDir("previews"), `${avatarId}-v${VERSION}.mp4`);
  const pending = building.get(file);
  if (pending) return pending;
  const made = access(file)
    .catch(() =>
      withTempDir("preview", async (dir) => {
        const request = videoRequestSchema.parse({
          dimension: { width: 640, height: 360 },
          video_inputs: [
            {
              character: { type: "avatar", avatar_id: avatarId },
              voice: { type: "text", voice_id: avatar.default_voice_id, input_text: script(avatar.avatar_name) },
              background: { type: "color", value: PREVIEW_BACKDROP },
            },
          ],
        });
        const { voice, plan, presenter } = await prepareScene(request, 0, { workDir: dir });
        const segment = path.join(dir, "scene.mp4");
        await composeScene(plan, { presenter }, { clean: segment }, { timeoutMs: 120_000 });
        // Written beside its final name, so the rename is atomic (temp dirs may be on another disk).
        await mkdir(path.dirname(file), { recursive: true });
        const out = `${file}.${process.pid}-${randomUUID()}.tmp.mp4`;
        try {
          await assemble([segment], voice.wavPath, out, { timeoutMs: 120_000 });
          await rename(out, file);
        } finally {
          await rm(out, { force: true });
        }
      }),
    )
    .then(() => file)
    .finally(() => building.delete(file));
  building.set(file, made);
  return made;
}
