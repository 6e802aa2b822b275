import "server-only";
import { db } from "@/lib/db";
import { newWebhookSecret } from "@/lib/webhooks/signing";

/** The secret that signs a team's callback_url deliveries; generated on first use (the first writer wins). */
export async function teamCallbackSecret(teamId: string): Promise<string> {
  await db().team.updateMany({ where: { id: teamId, callbackSecret: null }, data: { callbackSecret: newWebhookSecret() } });
  const team = await db().team.findUniqueOrThrow({ where: { id: teamId }, select: { callbackSecret: true } });
  return team.callbackSecret!;
}

/** Replaces the team's callback secret; deliveries from now on, retries included, are signed with the new one. */
export async function rotateCallbackSecret(teamId: string): Promise<string> {
  const secret = newWebhookSecret();
  await db().team.update({ where: { id: teamId }, data: { callbackSecret: secret } });
  return secret;
}
