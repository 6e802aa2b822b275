import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { v3Page } from "@/lib/api/v3-page";
import { providerFor } from "@/lib/generation/provider-for";
import { v3Groups } from "@/lib/generation/v3-catalog";
import { v3AvatarsQuery as query } from "@/lib/generation/v3-queries";

// GET /v3/avatars?ownership=&limit=&token= - avatar groups: presenters (public) and the team's talking photos (private)
export const GET = withTeam(
  async ({ team, query }) => v3Page(v3Groups(await (await providerFor(team.id)).avatars(), query.ownership), query),
  { auth: "any", team: "principal", query, envelope: "v3" },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("v3", ["GET"]);
