import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { providerFor } from "@/lib/generation/provider-for";

// GET /v1/voice.list - HeyGen's legacy list: the same voices as /v2/voices, in the v1 envelope
export const GET = withTeam(async ({ team }) => (await providerFor(team.id)).voices(), { auth: "any", team: "principal", envelope: "v1" });

export const { POST, PUT, PATCH, DELETE } = otherMethods("v1", ["GET"]);
