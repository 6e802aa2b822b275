import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { renameTalkingPhotoBody as body } from "@/lib/talking-photos/schemas";
import { deleteTalkingPhoto, presentTalkingPhoto, renameTalkingPhoto } from "@/lib/talking-photos/talking-photos";

const params = z.object({ photoId: z.string() });

// PATCH /api/teams/[team]/talking-photos/[photoId] - rename a photo from the studio
export const PATCH = withTeam(
  async ({ team, params, body }) => presentTalkingPhoto(await renameTalkingPhoto(team.id, params.photoId, body.name)),
  {
    auth: "session",
    team: "param",
    permission: "content.write",
    params,
    body,
  },
);

// DELETE /api/teams/[team]/talking-photos/[photoId] - delete a photo from the studio
export const DELETE = withTeam(async ({ team, params }) => deleteTalkingPhoto(team.id, params.photoId), {
  auth: "session",
  team: "param",
  permission: "content.write",
  params,
});
