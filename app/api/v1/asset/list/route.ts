import { withTeam } from "@/lib/api/with-team";
import { listAssets } from "@/lib/assets/list-assets";
import { assetListQuery as query } from "@/lib/assets/schemas";
import { otherMethods } from "@/lib/api/api-fallback";

// GET /v1/asset/list?limit=&token=&file_type= - the team's assets, newest first (v2 envelope, as HeyGen)
export const GET = withTeam(
  async ({ team, query }) => listAssets(team.id, { limit: query.limit, token: query.token, fileType: query.file_type }),
  { auth: "any", team: "principal", query, envelope: "v2" },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("v1", ["GET"]);
