import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import readline from "node:readline";
import { freePort } from "./server";
import { stopChild } from "./stop-child";

export type RunningLauncher = {
  url: string;
  process: ChildProcess;
  // The current pid of a child ("web" or "worker"), as the launcher last announced it.
  pid: (child: "web" | "worker") => number | undefined;
  // Every line the launcher printed so far.
  lines: string[];
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<string>;
  stop: () => Promise<void>;
};

// `npm start` as a user runs it (scripts/start.mjs: web + one worker), against the test database. It builds and
// installs nothing when the test runner has done both.
export async function startLauncher(env: Record<string, string | undefined>, logName: string): Promise<RunningLauncher> {
  const port = await freePort();
  mkdirSync("test-results", { recursive: true });
  const log = createWriteStream(`test-results/${logName}.log`);
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, ...env, PORT: String(port), HOSTNAME: "127.0.0.1", APP_URL: `http://127.0.0.1:${port}`, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const pids = new Map<string, number>();
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    readline.createInterface({ input: stream }).on("line", (line) => {
      log.write(`${line}\n`);
      lines.push(line);
      const announced = /\b(web|worker): (?:started|restarted|.* on .*) \(pid (\d+)\)/.exec(line);
      if (announced) pids.set(announced[1]!, Number(announced[2]));
      for (const w of [...waiters]) {
        if (w.pattern.test(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    });
  }
  const waitFor = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<string>((resolve, reject) => {
      const seen = lines.find((l) => pattern.test(l));
      if (seen) return resolve(seen);
      const timer = setTimeout(
        () => reject(new Error(`launcher did not print ${pattern} within ${timeoutMs} ms; see test-results/${logName}.log`)),
        timeoutMs,
      );
      waiters.push({ pattern, resolve: (line) => (clearTimeout(timer), resolve(line)) });
    });
  await waitFor(/healthy after/, 180_000);
  return { url: `http://127.0.0.1:${port}`, process: child, pid: (c) => pids.get(c), lines, waitFor, stop: () => stopChild(child, 20_000) };
}
