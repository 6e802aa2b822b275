import "server-only";
import { env } from "@/lib/env";

// Mail is optional: without SMTP_URL nothing is sent (operators hand out links from the CLI).
export async function sendMail(message: { to: string; subject: string; text: string }): Promise<boolean> {
  const { smtpUrl, smtpFrom } = env();
  if (!smtpUrl) return false;
  const nodemailer = await import("nodemailer");
  const transport = nodemailer.createTransport(smtpUrl);
  try {
    await transport.sendMail({ from: smtpFrom ?? "Avatar Studio <no-reply@localhost>", ...message });
    return true;
  } catch (error) {
    console.error(`[mail] could not send to the configured SMTP server: ${(error as Error).message}`);
    return false;
  }
}
