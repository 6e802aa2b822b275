// npm run user -- --reset-password <email>: prints a one-time reset link (there is no mail here).
import { parseArgs, fail, run } from "./args";
import { createResetLink } from "@/lib/users/password-reset";
import { sendMail } from "@/lib/users/mail";

const args = parseArgs(process.argv.slice(2));
const email = args.get("reset-password");
if (typeof email !== "string") fail("usage: npm run user -- --reset-password <email>");

void run(async () => {
  const link = await createResetLink(email);
  if (!link) fail(`No user has the email ${email}.`);
  const mailed = await sendMail({
    to: email,
    subject: "Reset your Avatar Studio password",
    text: `Set a new password within an hour:\n\n${link}`,
  });
  console.log(`Reset link for ${email} (valid for one hour, single use)${mailed ? ", also sent by mail" : ""}:`);
  console.log(link);
});
