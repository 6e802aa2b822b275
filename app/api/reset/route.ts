import { z } from "zod";
import { withPublic } from "@/lib/api/with-public";
import { requestReset } from "@/lib/users/password-reset";

const body = z.object({ email: z.string().trim().max(320) });

// POST /api/reset - ask for a reset link; the answer is the same whether the email exists or not
export const POST = withPublic(
  async ({ body }) => {
    await requestReset(body.email);
    return { sent: true };
  },
  { body, rateLimit: "resetPerIp" },
);
