import "server-only";
import type { HeygenAccess } from "@/lib/generation/heygen/client";
import { heygenAvatars, heygenCatalogLookups, heygenVoices } from "@/lib/generation/heygen/catalog";
import { enqueueUpstreamSubmit } from "@/lib/generation/heygen/upstream-jobs";
import { uploadAssetUpstream } from "@/lib/generation/heygen/upload-asset";
import { applyUpstreamStatus, upstreamStatus } from "@/lib/generation/heygen/upstream-status";
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
    // The upstream is asked; what it says is applied (a finished video's files are copied first).
    reconcile: async (video) => {
      const upstream = await upstreamStatus(video);
      if (!upstream) return null;
      await applyUpstreamStatus(video.id, upstream);
      return upstream.status === "completed" || upstream.status === "failed" ? `upstream-${upstream.status}` : null;
    },
  };
}
