import type { TestProject } from "vitest/node";
import { startServer, type RunningServer } from "../support/server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: RunningServer | undefined;

// One production server for the whole integration run, on the test database that `npm test` provides.
export async function setup(project: TestProject): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set: run the integration tests through `npm test`.");
  server = await startServer({}, "integration-server");
  project.provide("baseUrl", server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
