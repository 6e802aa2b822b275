import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { resetPassword } from "@/lib/users/password-reset";
import { passwordSchema } from "@/lib/users/accounts";

const schema = z.object({ password: passwordSchema });

// POST /api/reset/[token] - set a new password with a one-time link
export const POST = withTeam<{ password: string }, Record<string, string>, { token: string }>(
  async ({ params, body }) => {
    await resetPassword(params.token, body.password);
    return { reset: true };
  },
  { auth: "none", body: schema, rateLimit: "resetPerIp" },
);
