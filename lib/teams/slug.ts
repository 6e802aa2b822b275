import { randomBytes } from "node:crypto";
import { reservedSlugs } from "@/lib/teams/reserved-slugs";

const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/;

export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug) && !reservedSlugs.has(slug);
}

export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 30)
    .replace(/-+$/g, "");
  return base.length >= 3 && !reservedSlugs.has(base) ? base : `team-${base || "x"}`.slice(0, 30).replace(/-+$/, "");
}

export function withSuffix(slug: string): string {
  return `${slug.slice(0, 33)}-${randomBytes(3).toString("hex")}`;
}
