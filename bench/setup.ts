import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type BenchPlace = { databaseUrl: string; storageDir: string; close: () => Promise<void> };

// A bench's own database (scripts/test-db.mjs: the local PostgreSQL, or an embedded one) and storage folder,
// with DATABASE_URL set for the lib/ code the bench imports; `build` first makes the production build the
// web server runs. close() drops both.
export async function benchPlace(name: string, opts: { build?: boolean } = {}): Promise<BenchPlace> {
  if (opts.build) {
    // @ts-expect-error: plain ESM script without types
    const { ensureBuild } = await import("../scripts/lib/steps.mjs");
    await ensureBuild({ log: console.log });
  }
  // @ts-expect-error: plain ESM script without types
  const { provideTestDatabase } = await import("../scripts/test-db.mjs");
  const database = await provideTestDatabase();
  process.env.DATABASE_URL = database.url;
  const storageDir = mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`));
  return {
    databaseUrl: database.url,
    storageDir,
    close: async () => {
      await database.stop?.();
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
}
