// Team slugs become the first URL segment (/<team>/videos), so they must never shadow a route.
// tests/unit/reserved-slugs.test.ts fails when a top-level folder under app/ is missing here.
export const reservedSlugs: ReadonlySet<string> = new Set([
  "v1",
  "v2",
  "v3",
  "api",
  "login",
  "signup",
  "invite",
  "reset",
  "account",
  "share",
  "_next",
  "teams",
  "new",
  "favicon.ico",
  "robots.txt",
  "health",
  "static",
  "public",
  "admin",
  "settings",
]);
