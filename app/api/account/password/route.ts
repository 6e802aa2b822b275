import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { changePassword, passwordSchema } from "@/lib/users/accounts";
import { userId } from "@/lib/api/principal";
import { unstable_update } from "@/lib/auth/auth";

const schema = z.object({ current_password: z.string().min(1).max(200), new_password: passwordSchema });

// POST /api/account/password - change your password; other sessions end, this one is re-issued
export const POST = withTeam(
  async ({ principal, body }) => {
    await changePassword(userId(principal), body.current_password, body.new_password);
    await unstable_update({});
    return { changed: true };
  },
  { auth: "session", team: "none", body: schema, rateLimit: "loginPerEmail" },
);
