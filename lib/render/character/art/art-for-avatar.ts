import { builtinAvatars } from "@/lib/catalog/avatars";
import { daniel } from "./daniel";
import { maya } from "./maya";
import type { PresenterArt } from "./presenter-art";

const ARTS: Record<string, PresenterArt> = { maya, daniel };

// The art behind a built-in avatar id (the catalog names its art key).
export function artForAvatar(avatarId: string): PresenterArt {
  const key = builtinAvatars.find((a) => a.avatar_id === avatarId)?.art;
  const art = key ? ARTS[key] : undefined;
  if (!art) throw new Error(`No presenter art for avatar ${avatarId}`);
  return art;
}
