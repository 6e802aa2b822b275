import { withTeam } from "@/lib/api/with-team";
import { remainingQuota } from "@/lib/videos/quota";
import { otherMethods } from "@/lib/api/api-fallback";

// GET /v2/user/remaining_quota - seconds of video the team may still render (2147483647 = unlimited)
export const GET = withTeam(
  async ({ team }) => {
    const seconds = await remainingQuota(team.id);
    // HeyGen's four keys, integers (heygen-mcp refuses `{api}` alone); streaming avatars and seats do not apply.
    return { remaining_quota: seconds, details: { api: seconds, streaming_avatar: 0, streaming_avatar_instance_quota: 0, seat: 0 } };
  },
  { auth: "any", team: "principal" },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("v2", ["GET"]);
