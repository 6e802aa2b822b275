"use client";

import { useTransition } from "react";
import { Avatar } from "@/components/ui/avatar";
import { ChevronsUpDownIcon, LogOutIcon, UserIcon } from "@/components/ui/icons";
import { Menu, MenuItem, MenuSeparator } from "@/components/ui/menu";
import { Spinner } from "@/components/ui/spinner";
import { logout } from "@/components/auth/logout-action";

export function UserMenu({ user, team }: { user: { name: string; email: string }; team: string }) {
  const [pending, startTransition] = useTransition();
  const display = user.name || user.email;
  return (
    <Menu
      label="Account"
      side="top"
      buttonClassName="flex w-full items-center gap-2.5 rounded-md px-2 py-1.5 text-left transition-colors hover:bg-zinc-200/60 focus-visible:outline-2 focus-visible:outline-accent-600 aria-expanded:bg-zinc-200/60"
      menuClassName="w-full"
      button={
        <>
          <Avatar name={display} />
          <span className="min-w-0 flex-1">
            <span className="block truncate text-sm font-medium text-zinc-900">{display}</span>
            <span className="block truncate text-xs text-zinc-600">{user.email}</span>
          </span>
          <span className="sr-only">Account menu</span>
          {pending ? <Spinner className="text-zinc-500" /> : <ChevronsUpDownIcon className="size-4 shrink-0 text-zinc-500" />}
        </>
      }
    >
      <MenuItem href={`/${team}/settings/account`}>
        <UserIcon className="size-4 text-zinc-500" />
        Account settings
      </MenuItem>
      <MenuSeparator />
      <MenuItem onSelect={() => startTransition(() => logout())}>
        <LogOutIcon className="size-4 text-zinc-500" />
        Log out
      </MenuItem>
    </Menu>
  );
}
