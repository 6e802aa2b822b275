import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { pageQuery } from "@/lib/api/page-token";
import { listAssets } from "@/lib/assets/list-assets";

const query = pageQuery(20).extend({
  file_type: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["image", "video", "audio"]).optional()),
});

// GET /v1/asset/list?limit=&token=&file_type= - the team's assets, newest first (v2 envelope, as HeyGen)
export const GET = withTeam(
  async ({ team, query }) => listAssets(team.id, { limit: query.limit, token: query.token, fileType: query.file_type }),
  { auth: "any", team: "principal", query, envelope: "v2" },
);
