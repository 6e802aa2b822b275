import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { deleteAsset } from "@/lib/assets/delete-asset";
import { otherMethods } from "@/lib/api/api-fallback";

const params = z.object({ id: z.string() });

// POST /v1/asset/{id}/delete - delete an asset and its file (HeyGen's path)
export const POST = withTeam(async ({ team, params }) => deleteAsset(team.id, params.id), {
  auth: "any",
  team: "principal",
  permission: "content.write",
  params,
  envelope: "v1",
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("v1", ["POST"]);
