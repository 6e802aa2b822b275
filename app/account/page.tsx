import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { listTeamsForUser } from "@/lib/teams/teams";

// /account: the account settings live inside a team's shell; use the first team.
export default async function AccountRedirect() {
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent("/account")}`);
  const [first] = await listTeamsForUser(user.id);
  redirect(first ? `/${first.slug}/settings/account` : "/");
}
