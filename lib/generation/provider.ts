import type { Tx } from "@/lib/db";
import type { CatalogLookups } from "@/lib/contract/resolve";
import type { Asset } from "@/lib/generated/prisma/client";
import type { VideoOutputs } from "@/lib/videos/describe-video";
import type { VideoStatus } from "@/lib/videos/status";

// The seam between the video API and whoever renders: `local` (the built-in engine on pg-boss) or `heygen`
// (a HeyGen-compatible upstream over HTTP), one folder each, listed in providers.ts. create-video, the catalog
// routes, asset uploads and the reconciler ask the provider and stay one code path for all of them.

export type ProviderKind = "local" | "heygen";

// GET /v2/avatars's and GET /v2/voices's `data`. Entries are HeyGen's objects: an upstream's are passed on as
// it sent them (with whatever other fields it has), so a HeyGen client sees what it would see at HeyGen.
type AvatarEntry = { avatar_id: string; [field: string]: unknown };
type TalkingPhotoEntry = { talking_photo_id: string; [field: string]: unknown };
type VoiceEntry = { voice_id: string; [field: string]: unknown };
export type AvatarList = { avatars: AvatarEntry[]; talking_photos: TalkingPhotoEntry[] };
export type VoiceList = { voices: VoiceEntry[] };

// The video as the provider needs it.
export type ProviderVideo = {
  id: string;
  teamId: string;
  status: VideoStatus;
  upstreamVideoId: string | null;
  upstreamBaseUrl: string | null;
  scenesDone: number;
  scenesTotal: number;
};

// What the reconciler did to a video whose status had stopped moving (lib/generation/reconcile.ts).
export type RepairAction = "completed" | "requeued" | "assembling" | "failed" | "upstream-completed" | "upstream-failed";

// Where a video stands at its renderer (for a reconciler). `files` are the renderer's own URLs of the finished
// files (an upstream's expire; lib/generation/heygen/import-job.ts copies them into our storage).
export type ProviderStatus = {
  status: VideoStatus;
  progress: number | null;
  error: { code: string; message: string; detail?: string } | null;
  files: Partial<Record<keyof VideoOutputs, string>>;
  duration: number | null;
};

export interface GenerationProvider {
  readonly kind: ProviderKind;
  /** The catalog a team's requests name their presenters and voices from. */
  avatars(): Promise<AvatarList>;
  voices(): Promise<VoiceList>;
  /** The same catalog as lookups for resolveVideoRequest's id checks. */
  checkIds(): CatalogLookups;
  /** Called once an upload is stored and recorded here; answers the asset as recorded afterwards. */
  uploadAsset(asset: Asset): Promise<Asset>;
  /** Starts the rendering of a new video inside create-video's transaction (row and job commit together). */
  submit(tx: Tx, video: { id: string; teamId: string }): Promise<void>;
  /** Asks the renderer where the video stands; null when it has nothing to say (not submitted, or no record). */
  status(video: ProviderVideo): Promise<ProviderStatus | null>;
  /**
   * For a video whose status stopped moving: asks the renderer (status) and brings the video up to date through
   * the one ingestion function, or restarts what the renderer lost. Null when it is still being worked on.
   */
  reconcile(video: ProviderVideo): Promise<RepairAction | null>;
}
