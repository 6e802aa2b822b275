import { NotFound } from "@/lib/errors";
import type { AvatarList } from "./provider";

/**
 * GET /v2/avatar/{avatar_id}/details (HEYGEN-V3.md 10.7): one entry of the provider's avatar list in HeyGen's
 * details shape, a talking photo as `type: "talking_photo"`. Our presenters are free and shared by every team.
 */
export function avatarDetails(list: AvatarList, id: string) {
  const avatar = list.avatars.find((a) => a.avatar_id === id);
  if (avatar) {
    return {
      ...avatar,
      type: "avatar",
      id: avatar.avatar_id,
      name: avatar.avatar_name ?? avatar.avatar_id,
      premium: false,
      is_public: true,
      tags: [],
    };
  }
  const photo = list.talking_photos.find((p) => p.talking_photo_id === id);
  if (photo) {
    return {
      ...photo,
      type: "talking_photo",
      id: photo.talking_photo_id,
      name: photo.talking_photo_name ?? photo.talking_photo_id,
      // A photo's gender is not known; HeyGen's details always name one (as the group looks do, "unknown").
      gender: "unknown",
      preview_video_url: null,
      premium: false,
      is_public: false,
      default_voice_id: null,
      tags: [],
    };
  }
  throw new NotFound(`The avatar "${id}"`);
}
