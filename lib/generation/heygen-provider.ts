import "server-only";
import type { HeygenAccess } from "@/lib/generation/heygen/client";
import { heygenAvatars, heygenCatalogLookups, heygenVoices } from "@/lib/generation/heygen/catalog";
import { enqueueUpstreamSubmit } from "@/lib/generation/heygen/jobs";
import { uploadAssetUpstream } from "@/lib/generation/heygen/upload-asset";
import { upstreamStatus } from "@/lib/generation/heygen/upstream-status";
import type { GenerationProvider } from "@/lib/generation/provider";

// A HeyGen-compatible upstream: its catalog (cached), its asset store, and its renderer, reached over HTTP with
// the team's key. Results come back by webhook (app/api/callbacks/heygen/[teamId]) into moveVideo.
export function heygenProvider(access: HeygenAccess): GenerationProvider {
  return {
    kind: "heygen",
    avatars: () => heygenAvatars(access),
    voices: () => heygenVoices(access),
    checkIds: () => heygenCatalogLookups(access),
    uploadAsset: (asset) => uploadAssetUpstream(access, asset),
    submit: (tx, video) => enqueueUpstreamSubmit(tx, video.id),
    status: (video) => upstreamStatus(video),
  };
}

export { upstreamStatus } from "@/lib/generation/heygen/upstream-status";
