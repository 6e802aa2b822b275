import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { groupLooks } from "@/lib/generation/avatar-groups";
import { providerFor } from "@/lib/generation/provider-for";

// GET /v2/avatar_group/{group_id}/avatars - a group's looks; a presenter's looks are its styles
export const GET = withTeam(async ({ team, params }) => groupLooks(await (await providerFor(team.id)).avatars(), params.group_id), {
  auth: "any",
  team: "principal",
  params: z.object({ group_id: z.string().min(1).max(200) }),
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("v2", ["GET"]);
