import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { providerFor } from "@/lib/generation/provider-for";
import { v3Voice } from "@/lib/generation/v3-catalog";

// GET /v3/voices/{voice_id} - one voice
export const GET = withTeam(async ({ team, params }) => v3Voice(await (await providerFor(team.id)).voices(), params.voice_id), {
  auth: "any",
  team: "principal",
  params: z.object({ voice_id: z.string().min(1).max(200) }),
  envelope: "v3",
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("v3", ["GET"]);
