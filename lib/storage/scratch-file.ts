import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

// A path for a temporary local file (an upload being probed, a download), under STORAGE_DIR/.tmp: the same
// filesystem as the local driver's files, so moving it into storage is a rename. Storage keys never start
// with a dot, so these are never served.
export async function scratchFile(suffix = ""): Promise<{ path: string; remove: () => Promise<void> }> {
  const dir = path.join(path.resolve(env().storageDir), ".tmp");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${randomBytes(12).toString("hex")}${suffix}`);
  return { path: file, remove: () => rm(file, { force: true }) };
}
