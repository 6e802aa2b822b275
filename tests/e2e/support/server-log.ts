import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

// The production server under test writes its stdout and stderr to SERVER_LOG (playwright.config.ts pipes
// them through `tee`). Each test's guard appends the secrets it used to SECRETS_FILE; after the whole run,
// global teardown fails when any of them (or "$argon2") appears in the server's log.

export const LOG_DIR = path.resolve("tests/e2e/logs");
export const SERVER_LOG = path.join(LOG_DIR, "server.log");
const SECRETS_FILE = path.join(LOG_DIR, "secrets.jsonl");

export function recordSecrets(secrets: { label: string; value: string }[]): void {
  mkdirSync(LOG_DIR, { recursive: true });
  appendFileSync(SECRETS_FILE, secrets.map((s) => JSON.stringify({ label: s.label, value: s.value }) + "\n").join(""));
}

export function forgetSecrets(): void {
  rmSync(SECRETS_FILE, { force: true });
}

/** Leaks found in the server log: one line per secret that appears there. */
export function scanServerLog(): string[] {
  if (!existsSync(SERVER_LOG)) return [`the server log ${SERVER_LOG} was not written`];
  const log = readFileSync(SERVER_LOG, "utf8");
  if (!log.includes("listening on")) return [`the server log ${SERVER_LOG} does not hold the server's output`];
  const secrets: { label: string; value: string }[] = existsSync(SECRETS_FILE)
    ? readFileSync(SECRETS_FILE, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];
  const byValue = new Map([{ label: "an argon2 hash", value: "$argon2" }, ...secrets].map((s) => [s.value, s.label]));
  return [...byValue].filter(([value]) => log.includes(value)).map(([, label]) => `${label} appears in the server log`);
}
