import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

// Shared by both projects: `@/...` imports and `server-only` (a guard for the Next bundler) as a no-op.
const resolve = {
  alias: {
    "@": root,
    "server-only": path.join(root, "tests/support/empty.ts"),
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One database: files run one after another in a single fork.
          fileParallelism: false,
          pool: "forks",
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          globalSetup: ["tests/integration/global-setup.ts"],
        },
      },
    ],
  },
});
