import { withTeam } from "@/lib/api/with-team";
import { providerFor } from "@/lib/generation/provider-for";
import { otherMethods } from "@/lib/api/api-fallback";

// GET /v2/voices - every voice a request may name, with what each supports (the team's provider's catalog)
export const GET = withTeam(async ({ team }) => (await providerFor(team.id)).voices(), { auth: "any", team: "principal" });

export const { POST, PUT, PATCH, DELETE } = otherMethods("v2", ["GET"]);
