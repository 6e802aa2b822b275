import { spawn, type ChildProcess } from "node:child_process";
import { stopChild } from "./stop-child";
import { createWriteStream, mkdirSync } from "node:fs";

export type RunningWorker = { stop: () => Promise<void>; process: ChildProcess };

// Starts `npm run worker`'s entry (lib/worker/index.ts) as its own process and waits for "ready". It reports
// render status over HTTP to the server at APP_URL (or RENDER_CALLBACK_URL), so one of them must be given.
export async function startWorker(env: Record<string, string | undefined>, logName: string): Promise<RunningWorker> {
  if (!env.APP_URL && !env.RENDER_CALLBACK_URL) throw new Error("startWorker needs APP_URL (the server the worker reports to)");
  mkdirSync("test-results", { recursive: true });
  const log = createWriteStream(`test-results/${logName}.log`);
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/worker/index.ts"], {
    env: { ...process.env, ...env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.pipe(log);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker not ready within 60 s; see test-results/${logName}.log`)), 60_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      log.write(chunk);
      if (chunk.toString().includes("ready")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`worker exited with ${code}; see test-results/${logName}.log`)));
  });
  return {
    process: child,
    stop: () => stopChild(child, 10_000),
  };
}
