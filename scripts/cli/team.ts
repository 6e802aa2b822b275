// npm run team -- --create <slug> --owner <email> [--name <name>]
// npm run team -- --quota <seconds> --team <slug>      (seconds of video; "unlimited" resets)
import { parseArgs, fail, run } from "./args";
import { db } from "@/lib/db";
import { createTeam } from "@/lib/teams/teams";

const UNLIMITED = 2147483647;
const args = parseArgs(process.argv.slice(2));
const usage =
  "usage: npm run team -- --create <slug> --owner <email> [--name <name>]\n       npm run team -- --team <slug> --quota <seconds|unlimited>";

void run(async () => {
  const create = args.get("create");
  const quota = args.get("quota");
  if (typeof create === "string") {
    const owner = args.get("owner");
    if (typeof owner !== "string") fail(usage);
    const email = owner.trim().toLowerCase();
    const name = typeof args.get("name") === "string" ? (args.get("name") as string) : create;
    const team = await db().$transaction(async (tx) => {
      // A new owner is created without a password: they set one through a reset link.
      const user = (await tx.user.findUnique({ where: { email } })) ?? (await tx.user.create({ data: { email, name: "" } }));
      return createTeam(tx, { name, slug: create, ownerId: user.id });
    });
    console.log(`Created team ${team.slug} (${team.name}) owned by ${email}`);
  } else if (typeof quota === "string") {
    const slug = args.get("team");
    if (typeof slug !== "string") fail(usage);
    const seconds = quota === "unlimited" ? UNLIMITED : Number(quota);
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > UNLIMITED)
      fail(`--quota: must be a whole number of seconds from 0 to ${UNLIMITED}, or "unlimited"`);
    const { count } = await db().team.updateMany({ where: { slug }, data: { quotaSeconds: seconds } });
    if (count === 0) fail(`No team has the slug ${slug}.`);
    console.log(`Team ${slug}: remaining quota set to ${quota === "unlimited" ? "unlimited" : `${seconds} s`}`);
  } else fail(usage);
});
