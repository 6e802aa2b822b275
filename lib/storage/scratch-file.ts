import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

const scratchDir = () => path.join(path.resolve(env().storageDir), ".tmp");

// A path for a temporary local file (an upload being probed, a download), under STORAGE_DIR/.tmp: the same
// filesystem as the local driver's files, so moving it into storage is a rename. Storage keys never start
// with a dot, so these are never served.
export async function scratchFile(suffix = ""): Promise<{ path: string; remove: () => Promise<void> }> {
  await mkdir(scratchDir(), { recursive: true });
  const file = path.join(scratchDir(), `${randomBytes(12).toString("hex")}${suffix}`);
  return { path: file, remove: () => rm(file, { force: true }) };
}

// Scratch files left behind by a process that died mid-upload (housekeeping); answers how many went.
export async function pruneScratchFiles(olderThanMs = 24 * 3600_000): Promise<number> {
  const names = await readdir(scratchDir()).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const file = path.join(scratchDir(), name);
    const info = await stat(file).catch(() => null);
    if (info && Date.now() - info.mtimeMs > olderThanMs) {
      await rm(file, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
