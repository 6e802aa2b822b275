import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { listTeamsForUser } from "@/lib/teams/teams";
import { NoTeam } from "@/components/dashboard/no-team";

// "/" sends people where they belong: signed out to /login, signed in to their first team.
export default async function Home() {
  const user = await currentUser();
  if (!user) redirect("/login");
  const [first] = await listTeamsForUser(user.id);
  if (first) redirect(`/${first.slug}/projects`);
  return <NoTeam email={user.email} />;
}
