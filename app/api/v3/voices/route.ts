import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { v3Page } from "@/lib/api/v3-page";
import { providerFor } from "@/lib/generation/provider-for";
import { v3Voices } from "@/lib/generation/v3-catalog";
import { v3VoicesQuery as query } from "@/lib/generation/v3-queries";

// GET /v3/voices?type=&language=&gender=&engine=&limit=&token= - built-in voices (public) or the team's provider voices (private)
export const GET = withTeam(async ({ team, query }) => v3Page(v3Voices(await (await providerFor(team.id)).voices(), query), query), {
  auth: "any",
  team: "principal",
  query,
  envelope: "v3",
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("v3", ["GET"]);
