import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { avatarDetails } from "@/lib/generation/avatar-details";
import { providerFor } from "@/lib/generation/provider-for";

// GET /v2/avatar/{avatar_id}/details - one presenter of the team's provider, in HeyGen's details shape
export const GET = withTeam(async ({ team, params }) => avatarDetails(await (await providerFor(team.id)).avatars(), params.avatar_id), {
  auth: "any",
  team: "principal",
  params: z.object({ avatar_id: z.string().min(1).max(200) }),
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("v2", ["GET"]);
