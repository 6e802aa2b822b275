import "server-only";
import { db } from "@/lib/db";
import { videoAssembleJob } from "./jobs/video-assemble-job";
import { videoRenderJob } from "./jobs/video-render-job";
import { videoSceneJob } from "./jobs/video-scene-job";
import { videoReportSchema } from "@/lib/videos/render-callback";
import type { VideoReport } from "@/lib/videos/move-video";

export type RenderJobState = {
  /** A job of the video is queued, retrying or running. */
  live: boolean;
  /** Any job of the video exists (or was archived). */
  any: boolean;
  /** An assembly job has been queued at some point. */
  assembling: boolean;
  /** The report a finished assembly job made (its output), if one finished. */
  finished?: VideoReport;
};

type Row = { name: string; state: string; output: unknown };

// What pg-boss knows about a video's render jobs (video, scene and assembly queues), live and archived.
export async function renderJobState(videoId: string): Promise<RenderJobState> {
  const names = [videoRenderJob.name, videoSceneJob.name, videoAssembleJob.name];
  const rows = await db().$queryRawUnsafe<Row[]>(
    `SELECT name, state::text AS state, output FROM pgboss.job WHERE name = ANY($1) AND data->>'videoId' = $2
     UNION ALL
     SELECT name, state::text AS state, output FROM pgboss.archive WHERE name = ANY($1) AND data->>'videoId' = $2`,
    names,
    videoId,
  );
  const done = rows.find(
    (r) => r.name === videoAssembleJob.name && r.state === "completed" && videoReportSchema.safeParse(r.output).success,
  );
  return {
    live: rows.some((r) => ["created", "retry", "active"].includes(r.state)),
    any: rows.length > 0,
    assembling: rows.some((r) => r.name === videoAssembleJob.name),
    finished: done ? (videoReportSchema.parse(done.output) as VideoReport) : undefined,
  };
}
