import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reservedSlugs } from "@/lib/teams/reserved-slugs";
import { isValidSlug, slugify } from "@/lib/teams/slug";

// Top-level URL segments: folders under app/, looking through route groups like (auth).
function topLevelSegments(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (!statSync(full).isDirectory()) return [];
    if (/^\(.*\)$/.test(name)) return topLevelSegments(full);
    if (/^\[.*\]$/.test(name)) return [];
    return [name];
  });
}

describe("reserved team slugs", () => {
  it("cover every top-level route segment under app/", () => {
    const segments = topLevelSegments("app");
    expect(segments).toContain("api");
    expect(segments.filter((s) => !reservedSlugs.has(s))).toEqual([]);
  });

  it("cover the fixed words of the contract", () => {
    for (const word of ["v1", "v2", "api", "login", "signup", "invite", "reset", "account", "share", "_next"]) {
      expect(reservedSlugs.has(word), word).toBe(true);
      expect(isValidSlug(word)).toBe(false);
    }
  });

  it("derives a usable slug from any name", () => {
    expect(slugify("Acme Films")).toBe("acme-films");
    expect(slugify("Zoë's Café")).toBe("zoe-s-cafe");
    expect(isValidSlug(slugify("login"))).toBe(true);
    expect(isValidSlug(slugify("!!"))).toBe(true);
    expect(isValidSlug(slugify("a".repeat(100)))).toBe(true);
  });
});
