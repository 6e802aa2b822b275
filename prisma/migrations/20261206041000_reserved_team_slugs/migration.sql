-- Team slugs are the dashboard's first path segment: a team that took one of the words now reserved for
-- routes (lib/teams/reserved-slugs.ts: the API prefixes /v1, /v2, /v3 and the app's own pages) is renamed
-- to "team-<slug>-<6 hex of its id>", which no other team can have taken (slugs are unique; the hex differs).
UPDATE "Team"
SET "slug" = 'team-' || regexp_replace("slug", '[^a-z0-9]+', '-', 'g') || '-' || substr(md5("id"), 1, 6)
WHERE "slug" IN ('v1', 'v2', 'v3', 'api', 'login', 'signup', 'invite', 'reset', 'account', 'share', '_next', 'teams', 'new', 'favicon.ico', 'robots.txt', 'health', 'static', 'public', 'admin', 'settings');
