import "server-only";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { cacheDir } from "@/lib/render/cache-dir";
import { presenterPreview } from "@/lib/render/character/presenter-preview";

// The catalog's preview image of a presenter (640x360 PNG), drawn once per process start and cached on disk.
export async function avatarPreviewFile(avatarId: string): Promise<Buffer> {
  const file = path.join(cacheDir("previews"), `${avatarId}.png`);
  try {
    return await readFile(file);
  } catch {
    const png = await presenterPreview(avatarId, { width: 640, height: 360 });
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, png);
    await rename(tmp, file);
    return png;
  }
}
