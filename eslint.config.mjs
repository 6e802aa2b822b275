import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // One lib/env.ts reads the environment; scripts/ and tests/ run outside the app.
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/env.ts." }],
      // Node's WASI writes through a stale pointer once the module's memory grows (nodejs/node#52402).
      "no-restricted-imports": [
        "error",
        {
          paths: ["node:wasi", "wasi"].map((name) => ({
            name,
            message: "Use @bjorn3/browser_wasi_shim (see lib/render/voice/flite-run.ts).",
          })),
        },
      ],
    },
  },
  {
    files: ["scripts/**", "tests/**", "bench/**", "lib/env.ts", "*.config.*", "prisma/**"],
    rules: { "no-restricted-properties": "off" },
  },
]);
