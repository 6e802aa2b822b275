// Database steps an e2e test needs that no page or API offers, run in their own process against the test
// database (the app's modules need the react-server condition, which the Playwright runner lacks):
//   node --conditions=react-server --import tsx tests/e2e/support/db-task.ts <task> '<json>'
// Prints one JSON line with the result.
import { db } from "@/lib/db";
import { stopQueue } from "@/lib/queue";
import { moveVideo, type VideoReport } from "@/lib/videos/move-video";

type Step = VideoReport & { waitMs?: number };

const tasks: Record<string, (args: never) => Promise<unknown>> = {
  // A video row as the API would create it, without a render job (the test moves it itself).
  async "create-video"(args: { team: string; title: string; callbackUrl?: string }) {
    const team = await db().team.findUniqueOrThrow({ where: { slug: args.team } });
    const video = await db().video.create({ data: { teamId: team.id, request: {}, title: args.title, callbackUrl: args.callbackUrl ?? null, callbackId: "e2e" } });
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
    const { count } = await db().webhookEndpoint.updateMany({ where: { url: args.endpointUrl }, data: { failingSince: new Date(Date.now() - args.days * 86_400_000) } });
    return { count };
  },
  async "add-member"(args: { team: string; email: string; role: "member" | "admin" }) {
    const [team, user] = await Promise.all([db().team.findUniqueOrThrow({ where: { slug: args.team } }), db().user.findUniqueOrThrow({ where: { email: args.email } })]);
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
