import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { hit, limitOf } from "@/lib/limits/rate-limit";
import { verifyPassword } from "@/lib/auth/password";
import { clearLoginFailures, loginLockSeconds, noteLoginFailure } from "@/lib/auth/login-throttle";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export type LoginResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "rate_limited" };

// Checks the throttles first, then the password: the pair (email, client address) backs off after 5 wrong
// passwords, so guessing from one address never locks the owner out from another; a much higher ceiling per
// email and one per address cap what many addresses, or one address trying many emails, can do. Unknown
// emails and wrong passwords give the same answer, after the same amount of hashing work.
export async function verifyLogin(input: unknown, ip: string): Promise<LoginResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  if ((await loginLockSeconds(email, ip)) > 0) return { ok: false, reason: "rate_limited" };
  const [byEmail, byIp] = await Promise.all([
    hit(`login:email:${email}`, limitOf("loginPerEmail")),
    hit(`login:ip:${ip}`, limitOf("loginPerIp")),
  ]);
  if (!byEmail.ok || !byIp.ok) return { ok: false, reason: "rate_limited" };
  const user = await db().user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid) {
    await noteLoginFailure(email, ip);
    return { ok: false, reason: "invalid" };
  }
  await clearLoginFailures(email, ip);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
