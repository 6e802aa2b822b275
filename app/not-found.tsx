import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Logo } from "@/components/ui/icons";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-zinc-50 px-6 text-center">
      <Logo className="size-9" />
      <p className="mt-8 font-mono text-sm font-medium text-accent-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-zinc-900">This page does not exist</h1>
      <p className="mt-2 max-w-sm text-sm leading-6 text-zinc-600">
        The link may be mistyped, or the page belongs to a team you are not a member of.
      </p>
      <ButtonLink href="/" className="mt-8">
        Back to your studio
      </ButtonLink>
    </main>
  );
}
