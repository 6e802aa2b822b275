import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { avatarGroups } from "@/lib/generation/avatar-groups";
import { providerFor } from "@/lib/generation/provider-for";
import { avatarGroupListQuery as query } from "@/lib/catalog/looks";

// GET /v2/avatar_group.list?include_public= - presenters (public groups) and the team's talking photos (photo groups)
export const GET = withTeam(
  async ({ team, query }) => avatarGroups(await (await providerFor(team.id)).avatars(), query.include_public !== "false"),
  { auth: "any", team: "principal", query },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("v2", ["GET"]);
