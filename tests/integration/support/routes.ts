import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export type RouteExport = { method: string; path: string; auth: string | null; file: string };

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : name === "route.ts" ? [full] : [];
  });
}

// The auth mode each route wrapper stands for; withTeam's is its `auth` option ("any" when absent).
const wrapperAuth: Record<string, string> = { withPublic: "none", withSignedCallback: "hmac", withSession: "session", withTeam: "any" };

const METHOD = /^(GET|POST|PUT|PATCH|DELETE)$/;

// The handlers one route file exports itself, with their auth modes (otherMethods/unknownEndpoint answers left out).
function ownExports(source: string): { method: string; auth: string | null }[] {
  const exports: { method: string; auth: string | null }[] = [];
  for (const chunk of source.split(/^export const /m).slice(1)) {
    const names = chunk.match(/^\{?\s*([A-Z, ]+?)\s*\}?\s*[=<:]/)?.[1];
    // The JSON 404/405 answers of lib/api/api-fallback.ts are not routes of their own.
    if (!names || /^[^=]*=\s*(otherMethods|unknownEndpoint)\(/.test(chunk)) continue;
    const wrapper = chunk.match(/^[^=]*=\s*(with\w+)\(/)?.[1];
    const auth = chunk.match(/auth:\s*"(\w+)"/)?.[1] ?? (wrapper ? wrapperAuth[wrapper] : undefined) ?? null;
    for (const method of names
      .split(",")
      .map((n) => n.trim())
      .filter((n) => METHOD.test(n)))
      exports.push({ method, auth });
  }
  return exports;
}

// An alias route re-exports another route's handlers (`export { GET, POST } from "@/app/api/.../route"`): each
// counts as a route of the alias's path, with the auth mode of the handler it re-exports.
function reExports(source: string): { method: string; auth: string | null }[] {
  return [...source.matchAll(/^export \{([^}]+)\} from "@\/([^"]+)";?$/gm)].flatMap(([, names, target]) => {
    const served = ownExports(readFileSync(`${target}.ts`, "utf8"));
    return names!
      .split(",")
      .map((n) => n.trim())
      .flatMap((method) => served.filter((e) => e.method === method));
  });
}

// Every exported handler of every app/**/route.ts with the auth mode its wrapper declares.
export function listRoutes(appDir = "app"): RouteExport[] {
  return walk(appDir).flatMap((file) => {
    const path =
      "/" +
      relative(appDir, file)
        .split(sep)
        .slice(0, -1)
        .filter((seg) => !/^\(.*\)$/.test(seg))
        .join("/");
    const source = readFileSync(file, "utf8");
    return [...ownExports(source), ...reExports(source)].map(({ method, auth }) => ({ method, path, auth, file }));
  });
}
