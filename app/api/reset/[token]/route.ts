import { z } from "zod";
import { withPublic } from "@/lib/api/with-public";
import { resetPassword } from "@/lib/users/password-reset";
import { passwordSchema } from "@/lib/users/accounts";

const params = z.object({ token: z.string() });
const body = z.object({ password: passwordSchema });

// POST /api/reset/[token] - set a new password with a one-time link
export const POST = withPublic(
  async ({ params, body }) => {
    await resetPassword(params.token, body.password);
    return { reset: true };
  },
  { params, body, rateLimit: "resetPerIp" },
);
