import "server-only";
import { db } from "@/lib/db";
import { Unavailable } from "@/lib/errors";
import { heygenAccess } from "@/lib/generation/heygen/connection";
import { heygenProvider } from "@/lib/generation/heygen-provider";
import { localProvider } from "@/lib/generation/local-provider";
import type { GenerationProvider } from "@/lib/generation/provider";

/** The provider a team's new videos, catalog and uploads go to (team settings, "Provider"). */
export async function providerFor(teamId: string): Promise<GenerationProvider> {
  const team = await db().team.findUnique({ where: { id: teamId }, select: { provider: true } });
  if (team?.provider !== "heygen") return localProvider(teamId);
  const access = await heygenAccess(teamId);
  if (!access) throw new Unavailable("The team's provider is HeyGen, but no HeyGen key is stored; an owner or admin can fix this in team settings.");
  return heygenProvider(access);
}
