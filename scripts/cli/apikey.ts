// npm run apikey -- --team <slug> [--name <name>]: prints the new key's secret alone on its last line.
import { parseArgs, fail, run } from "./args";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/keys/api-keys";

const args = parseArgs(process.argv.slice(2));
const slug = args.get("team");
if (typeof slug !== "string") fail("usage: npm run apikey -- --team <slug> [--name <name>]");
const name = typeof args.get("name") === "string" ? (args.get("name") as string) : "CLI key";

void run(async () => {
  const team = await db().team.findUnique({ where: { slug } });
  if (!team) fail(`No team has the slug ${slug}.`);
  const key = await createApiKey(team.id, { name });
  console.log(`API key "${key.name}" for team ${slug} (shown once; store it now):`);
  console.log(key.secret);
});
