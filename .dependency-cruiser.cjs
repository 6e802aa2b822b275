// The folder boundaries of the code, as rules (CONTRIBUTING.md explains each). `npm run lint` runs them
// (`npm run lint:deps` alone); tests/unit/boundaries.test.ts shows each rule failing on a deliberately wrong import.

// The render engine's modules that the browser shares (the studio's positioning preview runs the plan).
const BROWSER_SHARED =
  "^lib/render/(plan/|character/art/|character/(layer-geometry|presenter-layer|sprite-crop|types)\\.ts$|captions/(build-cues|caption-style|caption-width|types)\\.ts$)";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-folder-cycles",
      severity: "error",
      comment: "Folders depend on each other in one direction only: a loop means two folders are one concept, or one needs an interface.",
      scope: "folder",
      from: { path: "^(lib|components|app)/" },
      to: { circular: true },
    },
    {
      name: "engine-alone",
      severity: "error",
      comment:
        "lib/render is the engine: plain data and files in and out. Fetching, the database, the queue, storage, HTTP and " +
        "providers live in lib/generation/local, which calls the engine.",
      from: { path: "^lib/render/" },
      to: {
        path: "^lib/(db|queue|secrets)\\.ts$|^lib/(storage|api|videos|webhooks|generation|jobs|worker|assets|auth|keys|projects|teams|users|usage)/",
      },
    },
    {
      name: "engine-browser-shared",
      severity: "error",
      comment:
        "The engine modules the browser runs (plan, presenter art, caption layout) import only each other, the contract and the catalog's art data.",
      from: { path: BROWSER_SHARED },
      to: { pathNot: [BROWSER_SHARED, "^lib/contract/", "^lib/catalog/(avatars|types)\\.ts$", "^node_modules/zod/"] },
    },
    {
      name: "domain-free-of-http",
      severity: "error",
      comment: "Domain code throws the errors of lib/errors.ts; lib/api alone knows statuses, envelopes and route wrappers.",
      from: { path: "^lib/", pathNot: "^lib/api/" },
      to: { path: "^lib/api/" },
    },
    {
      name: "jobs-primitive",
      severity: "error",
      comment:
        "lib/jobs is the job primitive (defineJob, sendJob); jobs themselves live with their domain and are listed in lib/worker/job-registry.ts.",
      from: { path: "^lib/jobs/" },
      to: { path: "^lib/", pathNot: "^lib/(jobs/|queue\\.ts$|db\\.ts$|env\\.ts$)" },
    },
    {
      name: "videos-below-generation",
      severity: "error",
      comment: "Providers report into the video lifecycle (lib/videos); the lifecycle never reaches for a provider.",
      from: { path: "^lib/videos/" },
      to: { path: "^lib/generation/" },
    },
    {
      name: "lib-not-app",
      severity: "error",
      comment: "Routes (app/) call the domain (lib/), never the reverse.",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "ui-primitives",
      severity: "error",
      comment: "components/ui holds primitives: no fetching, no domain types.",
      from: { path: "^components/ui/" },
      to: { path: "^(lib|app)/|^components/(?!ui/)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^lib/generated/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
