import { z } from "zod";
import { withSession } from "@/lib/api/with-session";
import { changePassword, passwordSchema } from "@/lib/users/accounts";
import { unstable_update } from "@/lib/auth/auth";

const body = z.object({ current_password: z.string().min(1).max(200), new_password: passwordSchema });

// POST /api/account/password - change your password; other sessions end, this one is re-issued
export const POST = withSession(
  async ({ user, body }) => {
    await changePassword(user.id, body.current_password, body.new_password);
    await unstable_update({});
    return { changed: true };
  },
  { body, rateLimit: "loginPerEmail" },
);
