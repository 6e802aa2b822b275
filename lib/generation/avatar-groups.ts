import { NotFound } from "@/lib/errors";
import { AVATAR_STYLES, lookId } from "@/lib/catalog/looks";
import type { AvatarList } from "./provider";
import { created, lookName } from "./v3-catalog";

const text = (v: unknown, fallback: string) => (typeof v === "string" && v ? v : fallback);

/**
 * GET /v2/avatar_group.list (HEYGEN-V3.md 10.5): one PUBLIC group per presenter, its id the presenter's
 * avatar_id, and one PHOTO group per talking photo of the team. `includePublic: false` lists the team's own
 * groups only, as HeyGen does.
 */
export function avatarGroups(list: AvatarList, includePublic: boolean) {
  const presenters = includePublic
    ? list.avatars.map((a) => ({
        id: a.avatar_id,
        name: text(a.avatar_name, a.avatar_id),
        created_at: created(a),
        num_looks: AVATAR_STYLES.length,
        preview_image: text(a.preview_image_url, ""),
        group_type: "PUBLIC",
        train_status: null,
        default_voice_id: (a.default_voice_id as string | undefined) ?? null,
      }))
    : [];
  const photos = list.talking_photos.map((p) => ({
    id: p.talking_photo_id,
    name: text(p.talking_photo_name, p.talking_photo_id),
    created_at: created(p),
    num_looks: 1,
    preview_image: text(p.preview_image_url, ""),
    group_type: "PHOTO",
    train_status: "ready",
    default_voice_id: null,
  }));
  const groups = [...presenters, ...photos];
  return { total_count: groups.length, avatar_group_list: groups };
}

/**
 * GET /v2/avatar_group/{group_id}/avatars (HEYGEN-V3.md 10.6): a presenter's looks (its styles, each id usable
 * as avatar_id) or a photo's one look, each carrying both key families clients read (HeyGen's photo-look
 * fields and the avatar-list fields heygen-mcp requires).
 */
export function groupLooks(list: AvatarList, groupId: string) {
  const avatar = list.avatars.find((a) => a.avatar_id === groupId);
  if (avatar) {
    const image = text(avatar.preview_image_url, "");
    return {
      avatar_list: AVATAR_STYLES.map((style) => {
        const id = lookId(avatar.avatar_id, style);
        const name = lookName(text(avatar.avatar_name, avatar.avatar_id), style);
        return {
          ...look(id, name, groupId, image, created(avatar), "public", (avatar.default_voice_id as string | undefined) ?? null),
          avatar_id: id,
          avatar_name: name,
          avatar_style: style,
          gender: text(avatar.gender, "unknown"),
          preview_image_url: image,
          preview_video_url: text(avatar.preview_video_url, image),
          premium: false,
          type: "avatar",
          tags: [],
        };
      }),
    };
  }
  const photo = list.talking_photos.find((p) => p.talking_photo_id === groupId);
  if (!photo) throw new NotFound(`The avatar group "${groupId}"`);
  const image = text(photo.preview_image_url, "");
  const name = text(photo.talking_photo_name, photo.talking_photo_id);
  return {
    avatar_list: [
      {
        ...look(photo.talking_photo_id, name, groupId, image, created(photo), "user_upload", null),
        talking_photo_id: photo.talking_photo_id,
        avatar_id: photo.talking_photo_id,
        avatar_name: name,
        gender: "unknown",
        preview_image_url: image,
        // A photo has no preview video: its picture stands in (clients require a working URL here).
        preview_video_url: image,
        premium: false,
        type: "talking_photo",
        tags: [],
      },
    ],
  };
}

function look(id: string, name: string, groupId: string, image: string, created: number, business: string, voice: string | null) {
  return {
    id,
    name,
    image_url: image,
    created_at: created,
    status: "completed",
    group_id: groupId,
    is_motion: false,
    motion_preview_url: null,
    business_type: business,
    upscale_availability: { available: false, reason: "Looks are drawn at the output size; upscaling is built into rendering." },
    upscaled: false,
    background_sound_effect: null,
    default_voice_id: voice,
  };
}
