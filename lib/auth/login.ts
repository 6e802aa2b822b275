import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { hit, limits } from "@/lib/limits/rate-limit";
import { verifyPassword } from "@/lib/auth/password";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export type LoginResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "rate_limited" };

// Checks the rate limits first (per email and per IP), then the password. Unknown emails and wrong
// passwords give the same answer, after the same amount of hashing work.
export async function verifyLogin(input: unknown, ip: string): Promise<LoginResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const [byEmail, byIp] = await Promise.all([hit(`login:email:${email}`, limits.loginPerEmail), hit(`login:ip:${ip}`, limits.loginPerIp)]);
  if (!byEmail.ok || !byIp.ok) return { ok: false, reason: "rate_limited" };
  const user = await db().user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
