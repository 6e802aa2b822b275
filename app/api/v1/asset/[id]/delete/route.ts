import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { deleteAsset } from "@/lib/assets/delete-asset";

const params = z.object({ id: z.string() });

// POST /v1/asset/{id}/delete - delete an asset and its file (HeyGen's path)
export const POST = withTeam(async ({ team, params }) => deleteAsset(team.id, params.id), {
  auth: "any",
  team: "principal",
  permission: "content.write",
  params,
  envelope: "v1",
});
