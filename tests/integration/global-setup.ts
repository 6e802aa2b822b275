import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startServer, type RunningServer } from "../support/server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    storageDir: string;
  }
}

let server: RunningServer | undefined;
let storageDir: string | undefined;

// One production server for the whole integration run, on the test database that `npm test` provides,
// storing files in a temporary folder that tests can look into.
export async function setup(project: TestProject): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set: run the integration tests through `npm test`.");
  storageDir = mkdtempSync(path.join(tmpdir(), "avatar-studio-files-"));
  server = await startServer({ STORAGE_DIR: storageDir }, "integration-server");
  project.provide("baseUrl", server.url);
  project.provide("storageDir", storageDir);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (storageDir) rmSync(storageDir, { recursive: true, force: true });
}
