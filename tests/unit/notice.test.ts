import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// NOTICE names every direct dependency with its licence; adding a package without a line there fails.
describe("NOTICE", () => {
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const notice = readFileSync("NOTICE", "utf8");
  const listed = new Map(
    notice
      .split("\n")
      .map((line) => /^(\S+)\s{2,}(\S.*?)\s{2,}https?:\/\//.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!] as const),
  );

  it("lists every dependency and dev dependency of package.json with a licence", () => {
    const names = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
    expect(names.filter((name) => !listed.has(name))).toEqual([]);
  });

  it("lists nothing that package.json no longer depends on", () => {
    const names = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);
    expect([...listed.keys()].filter((name) => !names.has(name))).toEqual([]);
  });

  it("states the project's own licence", () => {
    expect(notice).toMatch(/GNU\s+Affero General Public License, version 3/);
    expect(readFileSync("LICENSE", "utf8")).toContain("GNU AFFERO GENERAL PUBLIC LICENSE");
  });
});
