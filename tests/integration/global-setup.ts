import { randomBytes } from "node:crypto";
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
    upstreamPort: number;
    encryptionKey: string;
  }
}

let server: RunningServer | undefined;
let storageDir: string | undefined;

// One production server for the whole integration run, on the test database that `npm test` provides,
// storing files in a temporary folder that tests can look into. Two loopback ports are allowed past the fetch
// guard (ALLOWED_FETCH_HOSTS): one for tests that run a webhook receiver there, one for the second Avatar
// Studio that the HeyGen provider test runs as the upstream; every other one stays refused. ENCRYPTION_KEY is
// set, so teams may store third-party keys.
export async function setup(project: TestProject): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set: run the integration tests through `npm test`.");
  storageDir = mkdtempSync(path.join(tmpdir(), "avatar-studio-files-"));
  const receiverPort = await freePort();
  const upstreamPort = await freePort();
  const encryptionKey = randomBytes(32).toString("base64");
  const allowed = `127.0.0.1:${receiverPort},127.0.0.1:${upstreamPort}`;
  // The test processes (forked after this) run lib code that reads team secrets and fetches through the
  // guard (the reconciler asking the upstream), so they get the server's settings.
  process.env.ENCRYPTION_KEY = encryptionKey;
  process.env.ALLOWED_FETCH_HOSTS = allowed;
  server = await startServer(
    { STORAGE_DIR: storageDir, ALLOWED_FETCH_HOSTS: allowed, ENCRYPTION_KEY: encryptionKey },
    "integration-server",
  );
  project.provide("baseUrl", server.url);
  project.provide("storageDir", storageDir);
  project.provide("receiverPort", receiverPort);
  project.provide("upstreamPort", upstreamPort);
  project.provide("encryptionKey", encryptionKey);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (storageDir) rmSync(storageDir, { recursive: true, force: true });
}
