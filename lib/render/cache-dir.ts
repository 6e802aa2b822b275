import "server-only";
import path from "node:path";
import { env } from "@/lib/env";

// Local caches of derived files (presenter sprites), inside the storage folder under `.cache/`: storage keys
// never start with a dot, so the two cannot collide. Safe to delete any time.
export function cacheDir(name: string): string {
  return path.resolve(env().storageDir, ".cache", name);
}
