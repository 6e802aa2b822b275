import { Logo } from "@/components/ui/icons";
import { CreateTeamForm } from "@/components/dashboard/create-team-dialog";
import { LogoutButton } from "@/components/auth/logout-button";

// Shown at "/" to someone who left or lost every team: they can start a new one.
export function NoTeam({ email }: { email: string }) {
  return (
    <main className="flex min-h-dvh items-start justify-center bg-zinc-50 px-4 pt-[12vh]">
      <div className="w-full max-w-[420px] rounded-xl border border-zinc-200 bg-white px-7 py-8 shadow-sm">
        <Logo className="size-8" />
        <h1 className="mt-5 text-xl font-semibold tracking-tight text-zinc-900">You are not in a team yet</h1>
        <p className="mt-1.5 mb-6 text-sm leading-6 text-zinc-600">
          Logged in as {email}. Create a team to start, or open an invite link from a team admin.
        </p>
        <CreateTeamForm />
        <div className="mt-6 border-t border-zinc-200 pt-4">
          <LogoutButton variant="ghost" className="w-full" />
        </div>
      </div>
    </main>
  );
}
