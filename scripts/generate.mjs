#!/usr/bin/env node
// Generates the Prisma 7 client into lib/generated/prisma, only when it is missing or prisma/schema.prisma
// (or the Prisma version) changed since the last run. The stamp lives in lib/generated/.schema-stamp.
//
// Prisma 7's CLI tries to download its native schema engine even for `generate`; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any executable stops that (generate itself does not use the engine).
// npm 11 skips Prisma's install scripts, so nothing else generates the client.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createLogger, readIfExists, repoRoot, run, sha256 } from "./lib/util.mjs";

const schemaFile = path.join(repoRoot, "prisma", "schema.prisma");
const generatedDir = path.join(repoRoot, "lib", "generated");
const stampFile = path.join(generatedDir, ".schema-stamp");
const clientEntry = path.join(generatedDir, "prisma", "client.ts");

function currentStamp() {
  const version = (pkg) => {
    try {
      return JSON.parse(readFileSync(path.join(repoRoot, "node_modules", pkg, "package.json"), "utf8")).version;
    } catch {
      return "missing";
    }
  };
  return sha256(readFileSync(schemaFile, "utf8"), version("prisma"), version("@prisma/client"));
}

/** True when the generated client matches prisma/schema.prisma. */
export function prismaClientIsFresh() {
  return existsSync(clientEntry) && readIfExists(stampFile)?.trim() === currentStamp();
}

/**
 * Generates the client if needed. Returns a short description of what happened ("up to date" or
 * "generated"). options.force regenerates regardless.
 */
export async function ensurePrismaClient({ log = createLogger("generate"), force = false } = {}) {
  if (!force && prismaClientIsFresh()) return "up to date";
  const cli = path.join(repoRoot, "node_modules", "prisma", "build", "index.js");
  if (!existsSync(cli)) throw new Error("node_modules/prisma is missing: run `npm install` first");
  const env = {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.platform === "win32" ? process.execPath : "/bin/true",
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
  log("generating the Prisma client (prisma/schema.prisma changed or client missing)");
  await run(process.execPath, [cli, "generate"], { env, capture: true }).catch((err) => {
    // Prisma prints its useful diagnostics on stdout; show everything on failure.
    throw new Error(`prisma generate failed:\n${(err.stdout + err.stderr).trim()}`);
  });
  mkdirSync(generatedDir, { recursive: true });
  writeFileSync(stampFile, currentStamp() + "\n");
  return "generated";
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const log = createLogger("generate");
  try {
    await log.step("prisma client", () => ensurePrismaClient({ log, force: process.argv.includes("--force") }));
  } catch (err) {
    log.error(err.message);
    process.exit(1);
  }
}
