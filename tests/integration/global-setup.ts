import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, startServer, type RunningServer } from "../support/server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    storageDir: string;
    receiverPort: number;
  }
}

let server: RunningServer | undefined;
let storageDir: string | undefined;

// One production server for the whole integration run, on the test database that `npm test` provides,
// storing files in a temporary folder that tests can look into. One loopback port is allowed past the fetch
// guard (ALLOWED_FETCH_HOSTS) for tests that run a webhook receiver there; every other one stays refused.
export async function setup(project: TestProject): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set: run the integration tests through `npm test`.");
  storageDir = mkdtempSync(path.join(tmpdir(), "avatar-studio-files-"));
  const receiverPort = await freePort();
  server = await startServer({ STORAGE_DIR: storageDir, ALLOWED_FETCH_HOSTS: `127.0.0.1:${receiverPort}` }, "integration-server");
  project.provide("baseUrl", server.url);
  project.provide("storageDir", storageDir);
  project.provide("receiverPort", receiverPort);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (storageDir) rmSync(storageDir, { recursive: true, force: true });
}
