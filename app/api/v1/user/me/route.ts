import { withTeam } from "@/lib/api/with-team";
import { describeTeamForApi } from "@/lib/teams/describe";
import { otherMethods } from "@/lib/api/api-fallback";

// GET /v1/user/me - the key's team and its owner (clients call it to check a key)
export const GET = withTeam(async ({ team }) => describeTeamForApi(team), { auth: "apiKey", envelope: "v1" });

export const { POST, PUT, PATCH, DELETE } = otherMethods("v1", ["GET"]);
