import "server-only";
import { db, type Tx } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { signedUrlIfAny } from "@/lib/storage/signed-url";
import { parseVideoRequest } from "@/lib/contract/parse";
import { createVideo } from "@/lib/generation/create-video";
import type { VideoRequest } from "@/lib/contract/schema";
import type { VideoOutputs } from "@/lib/videos/describe-video";
import type { VideoStatus } from "@/lib/videos/status";
import { Prisma } from "@/lib/generated/prisma/client";
import { draftToRequest, requestToDraft, validateDraft } from "@/lib/projects/draft";
import { getProject, touchProject, type ProjectDetail } from "@/lib/projects/projects";

export type Render = {
  id: string;
  status: VideoStatus;
  progress: number;
  // 1-based place among the videos waiting for the local engine, while pending.
  queuePosition: number | null;
  createdAt: string;
  duration: number | null;
  startedBy: string | null;
  error: { code: string; message: string } | null;
  files: Partial<Record<"video" | "videoCaption" | "thumbnail" | "srt" | "vtt", string>>;
};

/**
 * Snapshots the draft into a Video through the API's own path (contract parse, then createVideo). A draft
 * the contract refuses answers 400 with `errors` by field path, as the editor shows them.
 */
// idempotencyKey: the studio sends one per press of Generate; the same key with the same draft answers the same
// video (a double click makes one), as POST /v2/video/generate's rule.
export async function generateProject(
  teamId: string,
  userId: string,
  projectId: string,
  idempotencyKey?: string,
): Promise<{ video_id: string }> {
  const project = await getProject(teamId, projectId);
  const checked = validateDraft(project);
  if (!checked.ok) {
    throw Invalid.fields(
      Object.entries(checked.errors).map(([path, message]) => ({ path, message })),
      3,
    );
  }
  const request = parseVideoRequest(draftToRequest(project));
  const key = idempotencyKey === undefined ? undefined : `project:${projectId}:${idempotencyKey}`;
  const { videoId } = await createVideo({ teamId, creator: { userId }, request, projectId, idempotencyKey: key });
  return { video_id: videoId };
}

const sign = async (key: string | undefined) => (await signedUrlIfAny(key)) ?? undefined;

export async function projectHistory(teamId: string, projectId: string): Promise<{ renders: Render[] }> {
  const videos = await db().video.findMany({
    where: { teamId, projectId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    include: { createdBy: { select: { name: true, email: true } } },
  });
  const renders = await Promise.all(
    videos.map(async (v): Promise<Render> => {
      const o = (v.outputs ?? {}) as VideoOutputs;
      const status = v.status as VideoStatus;
      const files = {
        video: await sign(o.video),
        videoCaption: await sign(o.videoCaption),
        thumbnail: await sign(o.thumbnail),
        srt: await sign(o.captionSrt),
        vtt: await sign(o.captionVtt),
      };
      return {
        id: v.id,
        status,
        progress: status === "completed" ? 100 : v.progress,
        // Among the team's own waiting videos: how busy other teams are is none of its business.
        queuePosition:
          status === "pending" && v.provider === "local"
            ? 1 + (await db().video.count({ where: { teamId, status: "pending", provider: "local", createdAt: { lt: v.createdAt } } }))
            : null,
        createdAt: v.createdAt.toISOString(),
        duration: v.duration,
        startedBy: v.createdBy ? v.createdBy.name || v.createdBy.email : null,
        error: status === "failed" ? { code: v.errorCode ?? "internal_error", message: v.errorMessage ?? "" } : null,
        files: Object.fromEntries(Object.entries(files).filter(([, url]) => url)) as Render["files"],
      };
    }),
  );
  return { renders };
}

/** Replaces the draft's settings and scenes with what a render of this project was made from. */
export async function restoreVersion(teamId: string, userId: string, projectId: string, videoId: string): Promise<ProjectDetail> {
  const video = await db().video.findFirst({ where: { id: videoId, teamId, projectId } });
  if (!video) throw new NotFound("The video");
  const draft = requestToDraft(video.request as unknown as VideoRequest);
  await db().$transaction(async (tx: Tx) => {
    await tx.projectScene.deleteMany({ where: { projectId } });
    await tx.project.update({
      where: { id: projectId },
      data: { width: draft.width, height: draft.height, caption: draft.caption, captionMode: draft.captionMode },
    });
    await tx.projectScene.createMany({
      data: draft.scenes.map((s, position) => ({
        projectId,
        position,
        character: s.character ? (s.character as Prisma.InputJsonValue) : Prisma.DbNull,
        voice: s.voice as Prisma.InputJsonValue,
        background: s.background as Prisma.InputJsonValue,
      })),
    });
    await touchProject(tx, projectId, userId);
  });
  return getProject(teamId, projectId);
}
