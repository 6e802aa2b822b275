import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { v3Page } from "@/lib/api/v3-page";
import { providerFor } from "@/lib/generation/provider-for";
import { v3Looks } from "@/lib/generation/v3-catalog";
import { v3LooksQuery as query } from "@/lib/generation/v3-queries";

// GET /v3/avatars/looks?group_id=&avatar_type=&ownership=&limit=&token= - looks, each id usable as avatar_id
export const GET = withTeam(async ({ team, query }) => v3Page(v3Looks(await (await providerFor(team.id)).avatars(), query), query), {
  auth: "any",
  team: "principal",
  query,
  envelope: "v3",
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("v3", ["GET"]);
