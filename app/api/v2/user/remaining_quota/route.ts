import { withTeam } from "@/lib/api/with-team";
import { remainingQuota } from "@/lib/videos/quota";

// GET /v2/user/remaining_quota - seconds of video the team may still render (2147483647 = unlimited)
export const GET = withTeam(
  async ({ team }) => {
    const seconds = await remainingQuota(team.id);
    return { remaining_quota: seconds, details: { api: seconds } };
  },
  { auth: "any", team: "principal" },
);
