import { z } from "zod";

// A presenter's looks are its styles (GET /v2/avatar_group/{id}/avatars): the plain avatar_id is the default
// look ("normal"), `<avatar_id>__circle` and `<avatar_id>__closeUp` the others. A look id works wherever an
// avatar_id does (the request is normalised to the presenter and its avatar_style).
export const AVATAR_STYLES = ["normal", "circle", "closeUp"] as const;
export type AvatarStyle = (typeof AVATAR_STYLES)[number];

export function lookId(avatarId: string, style: AvatarStyle): string {
  return style === "normal" ? avatarId : `${avatarId}__${style}`;
}

export function parseLookId(id: string): { avatarId: string; style: AvatarStyle } | null {
  const m = /^(.+)__(circle|closeUp)$/.exec(id);
  return m ? { avatarId: m[1]!, style: m[2] as AvatarStyle } : null;
}

// GET /v2/avatar_group.list's query (the route and the OpenAPI document).
export const avatarGroupListQuery = z.object({ include_public: z.enum(["true", "false"]).optional() });
