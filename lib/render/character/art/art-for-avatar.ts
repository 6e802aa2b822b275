import { builtinAvatars } from "@/lib/catalog/avatars";
import { amara } from "./amara";
import { anika } from "./anika";
import { daniel } from "./daniel";
import { graham } from "./graham";
import { helen } from "./helen";
import { kenji } from "./kenji";
import { malik } from "./malik";
import { maya } from "./maya";
import type { PresenterArt } from "./presenter-art";

const ARTS: Record<string, PresenterArt> = { maya, daniel, amara, malik, anika, kenji, helen, graham };

// The art behind a built-in avatar id (the catalog names its art key).
export function artForAvatar(avatarId: string): PresenterArt {
  const key = builtinAvatars.find((a) => a.avatar_id === avatarId)?.art;
  const art = key ? ARTS[key] : undefined;
  if (!art) throw new Error(`No presenter art for avatar ${avatarId}`);
  return art;
}
