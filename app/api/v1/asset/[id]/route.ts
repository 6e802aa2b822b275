import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { deleteAsset } from "@/lib/assets/delete-asset";
import { otherMethods } from "@/lib/api/api-fallback";

const params = z.object({ id: z.string() });

// DELETE /v1/asset/{id} - alias of POST /v1/asset/{id}/delete
export const DELETE = withTeam(async ({ team, params }) => deleteAsset(team.id, params.id), {
  auth: "any",
  team: "principal",
  permission: "content.write",
  params,
  envelope: "v1",
});

export const { GET, POST, PUT, PATCH } = otherMethods("v1", ["DELETE"]);
