// npm run db:seed: optional demo data (nothing is seeded by `npm start`). Safe to run twice.
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { createTeam } from "@/lib/teams/teams";
import { createApiKey } from "@/lib/keys/api-keys";

const DEMO_EMAIL = "demo@avatar-studio.local";
const DEMO_PASSWORD = "demo-password";

async function main(): Promise<void> {
  const existing = await db().user.findUnique({ where: { email: DEMO_EMAIL } });
  if (existing) {
    console.log(`Demo data is already there: log in as ${DEMO_EMAIL}.`);
    return;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const team = await db().$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: DEMO_EMAIL, name: "Demo User", passwordHash } });
    const mate = await tx.user.create({ data: { email: "teammate@avatar-studio.local", name: "Tess Teammate", passwordHash } });
    const created = await createTeam(tx, { name: "Demo Studio", slug: "demo-studio", ownerId: user.id });
    await tx.membership.create({ data: { teamId: created.id, userId: mate.id, role: "member" } });
    return created;
  });
  const key = await createApiKey(team.id, { name: "Demo key" });
  console.log(`Seeded team ${team.slug}. Log in as ${DEMO_EMAIL} / ${DEMO_PASSWORD} (teammate@avatar-studio.local has the same password).`);
  console.log(`Demo API key (shown once): ${key.secret}`);
  await db().$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
