// Database steps an e2e test needs that no page or API offers, run in their own process against the test
// database (the app's modules need the react-server condition, which the Playwright runner lacks):
//   node --conditions=react-server --import tsx tests/e2e/support/db-task.ts <task> '<json>'
// Prints one JSON line with the result.
import { db } from "@/lib/db";
import { stopQueue } from "@/lib/queue";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApiKey } from "@/lib/keys/api-keys";
import { binaries } from "@/lib/render/binaries";
import { storage } from "@/lib/storage/storage";
import { moveVideo, type VideoReport } from "@/lib/videos/move-video";

type Rendered = { title: string; minutes: number; daysAgo: number; by: { email: string } | { key: string } };

// A short real MP4 (a moving gradient and a tone) and its first frame, stored under the video's keys.
async function storeMedia(teamId: string, videoId: string) {
  const dir = mkdtempSync(path.join(tmpdir(), "e2e-media-"));
  const { ffmpeg } = binaries();
  const mp4 = path.join(dir, "video.mp4");
  const jpg = path.join(dir, "thumbnail.jpg");
  const lavfi = [
    "-f",
    "lavfi",
    "-i",
    "gradients=s=1280x720:c0=0x4f46e5:c1=0x0f766e:d=4:speed=0.02",
    "-f",
    "lavfi",
    "-i",
    "sine=frequency=330:duration=4",
  ];
  execFileSync(ffmpeg, [
    "-hide_banner",
    "-loglevel",
    "error",
    ...lavfi,
    "-t",
    "4",
    "-c:v",
    "libx264",
    "-pix_fmt",
    "yuv420p",
    "-c:a",
    "aac",
    "-shortest",
    "-movflags",
    "+faststart",
    mp4,
  ]);
  execFileSync(ffmpeg, ["-hide_banner", "-loglevel", "error", "-i", mp4, "-frames:v", "1", jpg]);
  const base = `teams/${teamId}/videos/${videoId}`;
  await storage().putFile(`${base}/video.mp4`, mp4);
  await storage().putFile(`${base}/thumbnail.jpg`, jpg);
  rmSync(dir, { recursive: true, force: true });
  return { video: `${base}/video.mp4`, thumbnail: `${base}/thumbnail.jpg` };
}

type Step = VideoReport & { waitMs?: number };

const tasks: Record<string, (args: never) => Promise<unknown>> = {
  // A video row as the API would create it, without a render job (the test moves it itself).
  async "create-video"(args: { team: string; title: string; callbackUrl?: string }) {
    const team = await db().team.findUniqueOrThrow({ where: { slug: args.team } });
    const video = await db().video.create({
      data: { teamId: team.id, request: {}, title: args.title, callbackUrl: args.callbackUrl ?? null, callbackId: "e2e" },
    });
    return { id: video.id };
  },
  // Reports through the one status-ingestion function, each after its wait; answers when each was committed.
  async "move-video"(args: { id: string; steps: Step[] }) {
    const committed: number[] = [];
    for (const { waitMs = 0, ...report } of args.steps) {
      await new Promise((r) => setTimeout(r, waitMs));
      await moveVideo(args.id, report);
      committed.push(Date.now());
    }
    return { committed };
  },
  // As if every delivery to the endpoint had failed for `days` days: its next failure disables it.
  async "failing-since"(args: { endpointUrl: string; days: number }) {
    const { count } = await db().webhookEndpoint.updateMany({
      where: { url: args.endpointUrl },
      data: { failingSince: new Date(Date.now() - args.days * 86_400_000) },
    });
    return { count };
  },
  // Completed videos as if rendered `daysAgo` days ago (usage); `media`: the first gets a real MP4 and thumbnail.
  // `projectId`: the videos are that project's renders (its history).
  async "seed-rendered"(args: { team: string; media?: boolean; projectId?: string; videos: Rendered[] }) {
    const team = await db().team.findUniqueOrThrow({ where: { slug: args.team } });
    const keys = new Map<string, string>();
    const ids: string[] = [];
    for (const [i, v] of args.videos.entries()) {
      let creator: { createdById: string } | { apiKeyId: string };
      if ("email" in v.by) creator = { createdById: (await db().user.findUniqueOrThrow({ where: { email: v.by.email } })).id };
      else {
        if (!keys.has(v.by.key)) keys.set(v.by.key, (await createApiKey(team.id, { name: v.by.key })).id);
        creator = { apiKeyId: keys.get(v.by.key)! };
      }
      const completedAt = new Date(Date.now() - v.daysAgo * 86_400_000);
      const video = await db().video.create({
        data: {
          teamId: team.id,
          projectId: args.projectId ?? null,
          request: {},
          title: v.title,
          status: "completed",
          progress: 100,
          duration: v.minutes * 60,
          createdAt: completedAt,
          completedAt,
          ...creator,
        },
      });
      if (args.media && i === 0)
        await db().video.update({ where: { id: video.id }, data: { outputs: await storeMedia(team.id, video.id) } });
      ids.push(video.id);
    }
    return { ids };
  },
  async "add-member"(args: { team: string; email: string; role: "member" | "admin" }) {
    const [team, user] = await Promise.all([
      db().team.findUniqueOrThrow({ where: { slug: args.team } }),
      db().user.findUniqueOrThrow({ where: { email: args.email } }),
    ]);
    await db().membership.create({ data: { teamId: team.id, userId: user.id, role: args.role } });
    return { ok: true };
  },
};

const [name, json = "{}"] = process.argv.slice(2);
const task = tasks[name ?? ""];
if (!task) {
  console.error(`unknown task ${name}; one of ${Object.keys(tasks).join(", ")}`);
  process.exit(2);
}
task(JSON.parse(json) as never)
  .then(async (result) => {
    console.log(JSON.stringify(result));
    // moveVideo may have started pg-boss (terminal states enqueue webhook deliveries).
    await stopQueue();
    await db().$disconnect();
    process.exit(0);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
