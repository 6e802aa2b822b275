"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { CloseIcon, Logo, MenuIcon } from "@/components/ui/icons";
import { Sidebar, type ShellUser } from "@/components/dashboard/sidebar";
import type { ShellTeam } from "@/components/dashboard/team-switcher";

type ShellProps = { user: ShellUser; team: ShellTeam; teams: ShellTeam[] };

// Below md the sidebar becomes a drawer (a native <dialog>), opened from a top bar.
function MobileNav(props: ShellProps) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) dialog.showModal();
    if (!open && dialog?.open) dialog.close();
  }, [open]);

  return (
    <div className="sticky top-0 z-20 flex h-14 items-center gap-3 border-b border-zinc-200 bg-white px-4 md:hidden">
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label="Open navigation"
        className="-ml-1.5 rounded-md p-1.5 text-zinc-700 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-accent-600"
      >
        <MenuIcon className="size-5" />
      </button>
      <Logo className="size-6" />
      <span className="truncate text-sm font-semibold text-zinc-900">{props.team.name}</span>
      <dialog
        ref={ref}
        aria-label="Navigation"
        onCancel={(e) => {
          e.preventDefault();
          setOpen(false);
        }}
        onClick={(e) => e.target === e.currentTarget && setOpen(false)}
        className="m-0 h-dvh max-h-none w-72 max-w-[85vw] overflow-hidden border-r border-zinc-200 bg-zinc-50 p-0"
      >
        {open ? (
          <div className="flex h-full flex-col">
            <div className="flex h-14 shrink-0 items-center justify-between border-b border-zinc-200 px-4">
              <span className="flex items-center gap-2 text-sm font-semibold text-zinc-900">
                <Logo className="size-6" />
                Avatar Studio
              </span>
              <button
                type="button"
                onClick={() => setOpen(false)}
                aria-label="Close navigation"
                className="-mr-1.5 rounded-md p-1.5 text-zinc-700 hover:bg-zinc-200/60 focus-visible:outline-2 focus-visible:outline-accent-600"
              >
                <CloseIcon className="size-5" />
              </button>
            </div>
            <div className="min-h-0 flex-1">
              <Sidebar {...props} />
            </div>
          </div>
        ) : null}
      </dialog>
    </div>
  );
}

export function AppShell({ children, ...props }: ShellProps & { children: ReactNode }) {
  const pathname = usePathname();
  return (
    <div className="flex min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium text-zinc-900 shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>
      {/* The column spans the page; its content sticks to the viewport while the page scrolls. */}
      <aside className="z-30 hidden w-60 shrink-0 border-r border-zinc-200 bg-zinc-50 md:block" aria-label="Sidebar">
        <div className="sticky top-0 h-dvh">
          <Sidebar {...props} />
        </div>
      </aside>
      <div className="min-w-0 flex-1">
        {/* Remounting on navigation closes the drawer once a link was followed. */}
        <MobileNav key={pathname} {...props} />
        <main id="main">
          <div className="mx-auto w-full max-w-5xl px-5 py-8 sm:px-8 lg:px-10 lg:py-10">{children}</div>
        </main>
      </div>
    </div>
  );
}
