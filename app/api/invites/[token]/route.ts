import { z } from "zod";
import { withSession } from "@/lib/api/with-session";
import { acceptInvite } from "@/lib/teams/invites";

const params = z.object({ token: z.string() });

// POST /api/invites/[token] - accept an invite as the signed-in user
export const POST = withSession(async ({ user, params }) => ({ team: await acceptInvite(params.token, user) }), { params });
