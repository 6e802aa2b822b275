import { withTeam } from "@/lib/api/with-team";
import { listTalkingPhotos, presentTalkingPhoto } from "@/lib/talking-photos/talking-photos";
import { otherMethods } from "@/lib/api/api-fallback";

// GET /v1/talking_photo.list - the team's talking photos, in HeyGen's list shape
export const GET = withTeam(
  async ({ team }) =>
    Promise.all(
      (await listTalkingPhotos(team.id)).map(async (p) => {
        const v = await presentTalkingPhoto(p);
        return {
          id: v.talking_photo_id,
          image_url: v.image_url,
          circle_image: v.preview_image_url,
          talking_photo_id: v.talking_photo_id,
          talking_photo_name: v.talking_photo_name,
        };
      }),
    ),
  { auth: "any", team: "principal", envelope: "v1" },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("v1", ["GET"]);
