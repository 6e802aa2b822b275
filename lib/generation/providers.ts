import "server-only";
import { Unavailable } from "@/lib/errors";
import { heygenAccess } from "./heygen/connection";
import { heygenProvider } from "./heygen/heygen-provider";
import { localProvider } from "./local/local-provider";
import type { GenerationProvider, ProviderKind } from "./provider";

// Every provider by the kind stored on teams and videos: adding one is a folder and a line here.
const providers: Record<ProviderKind, (teamId: string) => Promise<GenerationProvider>> = {
  local: async (teamId) => localProvider(teamId),
  heygen: async (teamId) => {
    const access = await heygenAccess(teamId);
    if (!access)
      throw new Unavailable("The team's provider is HeyGen, but no HeyGen key is stored; an owner or admin can fix this in team settings.");
    return heygenProvider(access);
  },
};

/** The provider of `kind` acting for a team (unknown kinds, e.g. from an older row, are the local engine). */
export function providerOfKind(kind: string, teamId: string): Promise<GenerationProvider> {
  return (providers[kind as ProviderKind] ?? providers.local)(teamId);
}
