import { execFile } from "node:child_process";

// Runs tests/e2e/support/db-task.ts in a child process (see there) and answers its JSON result.
export function runDbTask<T = unknown>(task: string, args: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "tests/e2e/support/db-task.ts", task, JSON.stringify(args)],
      { env: { ...process.env, NODE_ENV: "production" }, timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`db task ${task} failed: ${stderr || error.message}`));
        resolve(JSON.parse(stdout.trim().split("\n").at(-1)!) as T);
      },
    );
  });
}
