import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/ui/icons";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-zinc-50">
      <header className="px-6 py-5">
        <Link
          href="/"
          className="inline-flex items-center gap-2 rounded-md text-[15px] font-semibold tracking-tight text-zinc-900 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-accent-600"
        >
          <Logo className="size-7" />
          Avatar Studio
        </Link>
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-[8vh] pb-16">{children}</main>
      <footer className="px-6 py-5 text-center text-xs text-zinc-500">
        Self-hosted Avatar Studio · your videos and keys stay on this server
      </footer>
    </div>
  );
}
