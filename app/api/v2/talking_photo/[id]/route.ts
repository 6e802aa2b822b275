import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { deleteTalkingPhoto } from "@/lib/talking-photos/talking-photos";
import { otherMethods } from "@/lib/api/api-fallback";

const params = z.object({ id: z.string() });

// DELETE /v2/talking_photo/{id} - hide a talking photo at once; its files go when no unfinished video needs them
export const DELETE = withTeam(async ({ team, params }) => deleteTalkingPhoto(team.id, params.id), {
  auth: "any",
  team: "principal",
  permission: "content.write",
  params,
});

export const { GET, POST, PUT, PATCH } = otherMethods("v2", ["DELETE"]);
