import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { requestReset } from "@/lib/users/password-reset";

const schema = z.object({ email: z.string().trim().max(320) });

// POST /api/reset - ask for a reset link; the answer is the same whether the email exists or not
export const POST = withTeam(
  async ({ body }) => {
    await requestReset(body.email);
    return { sent: true };
  },
  { auth: "none", body: schema, rateLimit: "resetPerIp" },
);
