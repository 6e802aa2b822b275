import "server-only";
import { db } from "@/lib/db";
import { providerOfKind } from "./providers";
import type { GenerationProvider } from "./provider";

/** The provider a team's new videos, catalog and uploads go to (team settings, "Provider"). */
export async function providerFor(teamId: string): Promise<GenerationProvider> {
  const team = await db().team.findUnique({ where: { id: teamId }, select: { provider: true } });
  return providerOfKind(team?.provider ?? "local", teamId);
}
