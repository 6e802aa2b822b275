import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The folder boundaries (.dependency-cruiser.cjs) hold on the real tree, and each rule fails on a deliberately
// wrong import: probe files are written into the tree for one cruise and removed afterwards.
const root = path.resolve(import.meta.dirname, "../..");
const probes: string[] = [];
const cli = path.join(root, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

type Violation = { rule: { name: string }; from: string; to: string };

function cruise(...paths: string[]): Violation[] {
  const args = [cli, ...paths, "--config", ".dependency-cruiser.cjs", "--output-type", "json"];
  let out: string;
  try {
    out = execFileSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  } catch (error) {
    // Exit code = number of errors; the JSON is still on stdout.
    out = (error as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

function probe(file: string, source: string): string {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, source);
  probes.push(full);
  return file;
}

afterAll(() => {
  for (const file of probes) rmSync(file, { force: true });
  rmSync(path.join(root, "lib/boundary-probe"), { recursive: true, force: true });
});

describe("folder boundaries", () => {
  it("hold on the code as it is", () => {
    expect(cruise("lib", "app", "components").map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
  }, 60_000);

  it("fail on a deliberately wrong import, rule by rule", () => {
    const id = `${process.pid}`;
    const files = [
      probe(`lib/render/boundary-probe-${id}.ts`, 'import { db } from "@/lib/db";\nexport const probe = db;\n'),
      probe(`lib/render/plan/boundary-probe-${id}.ts`, 'import { readFileSync } from "node:fs";\nexport const probe = readFileSync;\n'),
      probe(
        `lib/videos/boundary-probe-${id}.ts`,
        'import { providerFor } from "@/lib/generation/provider-for";\nexport const probe = providerFor;\n',
      ),
      probe(`lib/teams/boundary-probe-${id}.ts`, 'import { withTeam } from "@/lib/api/with-team";\nexport const probe = withTeam;\n'),
      probe(`lib/users/boundary-probe-${id}.ts`, 'import { cx } from "@/components/ui/cx";\nexport const probe = cx;\n'),
      probe(`lib/jobs/boundary-probe-${id}.ts`, 'import { moveVideo } from "@/lib/videos/move-video";\nexport const probe = moveVideo;\n'),
      probe(`components/ui/boundary-probe-${id}.ts`, 'import { api } from "@/components/lib/api-client";\nexport const probe = api;\n'),
      probe(`lib/boundary-probe/a/a.ts`, 'import { b } from "@/lib/boundary-probe/b/b";\nexport const a = () => b();\n'),
      probe(`lib/boundary-probe/b/b.ts`, 'import { a } from "@/lib/boundary-probe/a/a";\nexport const b = (): unknown => a;\n'),
    ];
    const found = new Set(cruise(...files).map((v) => v.rule.name));
    expect([...found].sort()).toEqual([
      "domain-free-of-http",
      "engine-alone",
      "engine-browser-shared",
      "jobs-primitive",
      "lib-not-app",
      "no-folder-cycles",
      "ui-primitives",
      "videos-below-generation",
    ]);
  }, 60_000);
});
