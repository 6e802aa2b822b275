// npm run team -- --create <slug> --owner <email> [--name <name>]
// npm run team -- --quota <seconds> --team <slug>      (seconds of video; "unlimited" resets)
// npm run team -- --team <slug> --rate generate=600/min[,read=...]   ("default" drops the overrides)
// npm run team -- --team <slug> --storage 10GB         (bytes the team's assets may take; "none" for no limit)
import { parseArgs, fail, run } from "./args";
import { db } from "@/lib/db";
import { parseRateLimitList } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTeam } from "@/lib/teams/teams";
import { UNLIMITED_QUOTA as UNLIMITED } from "@/lib/videos/quota";

const args = parseArgs(process.argv.slice(2));
const usage = [
  "usage: npm run team -- --create <slug> --owner <email> [--name <name>]",
  "       npm run team -- --team <slug> --quota <seconds|unlimited>",
  "       npm run team -- --team <slug> --rate <name=N/unit,...|default>",
  "       npm run team -- --team <slug> --storage <size, e.g. 500MB or 10GB|none>",
].join("\n");

const UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12 };

// "10GB" -> 10,000,000,000; "none" -> null.
function parseSize(text: string): bigint | null {
  if (text === "none") return null;
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb)$/i.exec(text.trim());
  if (!m) fail(`--storage: "${text}" is not a size like 500MB or 10GB (or "none")`);
  return BigInt(Math.round(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!));
}

void run(async () => {
  const create = args.get("create");
  const quota = args.get("quota");
  const rate = args.get("rate");
  const storageLimit = args.get("storage");
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
  } else if (typeof rate === "string") {
    const slug = args.get("team");
    if (typeof slug !== "string") fail(usage);
    const { limits, problems } = rate === "default" ? { limits: null, problems: [] } : parseRateLimitList(rate);
    if (problems.length) fail(`--rate: ${problems.join("; ")}`);
    const { count } = await db().team.updateMany({ where: { slug }, data: { rateLimits: limits ?? Prisma.DbNull } });
    if (count === 0) fail(`No team has the slug ${slug}.`);
    console.log(`Team ${slug}: rate limits ${limits ? `set: ${rate}` : "back to the server's defaults"} (in effect within 10 s)`);
  } else if (typeof storageLimit === "string") {
    const slug = args.get("team");
    if (typeof slug !== "string") fail(usage);
    const bytes = parseSize(storageLimit);
    const { count } = await db().team.updateMany({ where: { slug }, data: { storageLimitBytes: bytes } });
    if (count === 0) fail(`No team has the slug ${slug}.`);
    console.log(`Team ${slug}: storage ${bytes === null ? "unlimited" : `limited to ${storageLimit}`}`);
  } else fail(usage);
});
