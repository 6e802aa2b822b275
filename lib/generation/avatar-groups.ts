import { NotFound } from "@/lib/errors";
import { parseLookId } from "@/lib/catalog/looks";
import type { AvatarList } from "./provider";
import { v3Groups, v3Looks } from "./v3-catalog";

// HeyGen v2's avatar groups (HEYGEN-V3.md 10.5, 10.6): the v3 groups and looks (lib/generation/v3-catalog.ts)
// in v2's field names, so presenters, photos and styles are enumerated in one place.

/**
 * GET /v2/avatar_group.list: one PUBLIC group per presenter, its id the presenter's avatar_id, and one PHOTO
 * group per talking photo of the team. `includePublic: false` lists the team's own groups only, as HeyGen does.
 */
export function avatarGroups(list: AvatarList, includePublic: boolean) {
  const groups = v3Groups(list, includePublic ? undefined : "private").map((g) => {
    const photo = g.status !== null;
    return {
      id: g.id,
      name: g.name,
      created_at: g.created_at,
      num_looks: g.looks_count,
      preview_image: g.preview_image_url ?? "",
      group_type: photo ? "PHOTO" : "PUBLIC",
      train_status: photo ? "ready" : null,
      default_voice_id: g.default_voice_id,
    };
  });
  return { total_count: groups.length, avatar_group_list: groups };
}

/**
 * GET /v2/avatar_group/{group_id}/avatars: a presenter's looks (its styles, each id usable as avatar_id) or a
 * photo's one look, each carrying both key families clients read (HeyGen's photo-look fields and the
 * avatar-list fields heygen-mcp requires).
 */
export function groupLooks(list: AvatarList, groupId: string) {
  const group = v3Groups(list).find((g) => g.id === groupId);
  if (!group) throw new NotFound(`The avatar group "${groupId}"`);
  return {
    avatar_list: v3Looks(list, { group_id: groupId }).map((l) => {
      const photo = l.avatar_type === "photo_avatar";
      const image = l.preview_image_url ?? "";
      return {
        id: l.id,
        name: l.name,
        image_url: image,
        created_at: group.created_at,
        status: "completed",
        group_id: groupId,
        is_motion: false,
        motion_preview_url: null,
        business_type: photo ? "user_upload" : "public",
        upscale_availability: { available: false, reason: "Looks are drawn at the output size; upscaling is built into rendering." },
        upscaled: false,
        background_sound_effect: null,
        default_voice_id: l.default_voice_id,
        ...(photo ? { talking_photo_id: l.id } : { avatar_style: parseLookId(l.id)?.style ?? "normal" }),
        avatar_id: l.id,
        avatar_name: l.name,
        gender: l.gender ?? "unknown",
        preview_image_url: image,
        // A photo has no preview video: its picture stands in (clients require a working URL here).
        preview_video_url: l.preview_video_url ?? image,
        premium: false,
        type: photo ? "talking_photo" : "avatar",
        tags: [],
      };
    }),
  };
}
