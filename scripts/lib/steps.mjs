// Staleness-checked steps shared by the launcher (scripts/start.mjs) and the test runner (scripts/test.mjs):
// installing dependencies and building the Next app. Node built-ins only.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readIfExists, repoRoot, run, sha256 } from "./util.mjs";

/** [command, leading args] that run npm: the npm running us (npm_execpath) or the one on PATH. */
export function npmCommand() {
  const execpath = process.env.npm_execpath;
  if (execpath && /npm-cli\.c?js$/.test(execpath)) return [process.execPath, [execpath]];
  return [process.platform === "win32" ? "npm.cmd" : "npm", []];
}

// --- dependencies ---------------------------------------------------------------------------------------

const installStamp = path.join(repoRoot, "node_modules", ".avatar-studio-install");

function installFingerprint() {
  return sha256(
    readFileSync(path.join(repoRoot, "package.json"), "utf8"),
    readIfExists(path.join(repoRoot, "package-lock.json")) ?? "",
    `${process.platform}-${process.arch}`,
  );
}

export function depsAreFresh() {
  return existsSync(path.join(repoRoot, "node_modules")) && readIfExists(installStamp)?.trim() === installFingerprint();
}

/** `npm install --no-audit --no-fund` when node_modules is missing or package*.json changed since. */
export async function ensureDeps({ log, force = false } = {}) {
  if (!force && depsAreFresh()) return "up to date";
  log?.("installing dependencies (npm install; node_modules missing or package*.json changed)");
  const [cmd, pre] = npmCommand();
  await run(cmd, [...pre, "install", "--no-audit", "--no-fund"], { env: { ...process.env, NODE_ENV: "development" } });
  // npm may rewrite the lockfile; stamp what it left.
  writeFileSync(installStamp, installFingerprint() + "\n");
  return "installed";
}

// --- Next build -----------------------------------------------------------------------------------------

const buildStamp = path.join(repoRoot, ".next", ".avatar-studio-build");

// What `next build` reads. Directories are walked; missing entries are skipped.
const BUILD_INPUTS = [
  "app",
  "lib",
  "components",
  "public",
  "styles",
  "prisma/schema.prisma",
  "next.config.mjs",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "middleware.ts",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-client.ts",
  "auth.ts",
  "mdx-components.tsx",
];
const SKIP = new Set(["node_modules", ".next", ".git", path.join("lib", "generated")]);

/** A fingerprint of the build inputs from paths, sizes and mtimes (fast: no file contents are read). */
export function buildFingerprint() {
  const entries = [];
  const walk = (rel) => {
    if (SKIP.has(rel) || SKIP.has(path.basename(rel))) return;
    let st;
    try {
      st = lstatSync(path.join(repoRoot, rel));
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(path.join(repoRoot, rel)).sort()) walk(path.join(rel, name));
    } else {
      entries.push(`${rel}\t${st.size}\t${Math.floor(st.mtimeMs)}`);
    }
  };
  for (const input of BUILD_INPUTS) walk(input);
  // Public env vars are inlined into the client bundle at build time.
  const publicEnv = Object.keys(process.env)
    .filter((k) => k.startsWith("NEXT_PUBLIC_"))
    .sort()
    .map((k) => `${k}=${process.env[k]}`);
  return sha256(entries.join("\n"), publicEnv.join("\n"));
}

export function buildIsFresh() {
  return existsSync(path.join(repoRoot, ".next", "BUILD_ID")) && readIfExists(buildStamp)?.trim() === buildFingerprint();
}

/** `next build` when .next is missing or any build input changed since the last build. */
export async function ensureBuild({ log, force = false, env = process.env } = {}) {
  if (!force && buildIsFresh()) return "up to date";
  log?.("building the app (next build; sources changed or no build yet)");
  await run(process.execPath, [path.join(repoRoot, "node_modules", "next", "dist", "bin", "next"), "build"], {
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  // Fingerprint after the build: next build may touch tsconfig.json itself.
  mkdirSync(path.dirname(buildStamp), { recursive: true });
  writeFileSync(buildStamp, buildFingerprint() + "\n");
  return "built";
}
