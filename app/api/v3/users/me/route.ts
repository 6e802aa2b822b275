import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { describeTeamForApi } from "@/lib/teams/describe";
import { remainingQuota } from "@/lib/videos/quota";

// GET /v3/users/me - the key's account (n8n checks a key with it): the team's owner, its quota as a credit wallet
export const GET = withTeam(
  async ({ team }) => {
    const { username, email, first_name, last_name } = await describeTeamForApi(team);
    const seconds = await remainingQuota(team.id);
    return {
      username,
      email,
      first_name,
      last_name,
      billing_type: "wallet",
      // A credit is a minute of video, as at HeyGen.
      wallet: {
        currency: "credits",
        remaining_balance: seconds / 60,
        auto_reload: { enabled: false, amount_usd: null, threshold_usd: null },
      },
      subscription: null,
      usage_based: null,
    };
  },
  { auth: "any", team: "principal", envelope: "v3" },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("v3", ["GET"]);
