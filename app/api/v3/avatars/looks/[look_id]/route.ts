import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { providerFor } from "@/lib/generation/provider-for";
import { v3Look } from "@/lib/generation/v3-catalog";

// GET /v3/avatars/looks/{look_id} - one look
export const GET = withTeam(async ({ team, params }) => v3Look(await (await providerFor(team.id)).avatars(), params.look_id), {
  auth: "any",
  team: "principal",
  params: z.object({ look_id: z.string().min(1).max(200) }),
  envelope: "v3",
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("v3", ["GET"]);
