import { withTeam } from "@/lib/api/with-team";
import { providerFor } from "@/lib/generation/provider-for";
import { otherMethods } from "@/lib/api/api-fallback";

// GET /v2/avatars - the presenters and talking photos of the team's provider (built-in, or its HeyGen upstream's)
export const GET = withTeam(async ({ team }) => (await providerFor(team.id)).avatars(), { auth: "any", team: "principal" });

export const { POST, PUT, PATCH, DELETE } = otherMethods("v2", ["GET"]);
