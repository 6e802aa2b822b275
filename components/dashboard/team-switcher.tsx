"use client";

import { useState } from "react";
import type { Role } from "@/lib/auth/roles";
import { roleLabels } from "@/lib/auth/roles";
import { Avatar } from "@/components/ui/avatar";
import { CheckIcon, ChevronsUpDownIcon, PlusIcon } from "@/components/ui/icons";
import { Menu, MenuGroup, MenuItem, MenuSeparator } from "@/components/ui/menu";
import { CreateTeamDialog } from "@/components/dashboard/create-team-dialog";

export type ShellTeam = { slug: string; name: string; role: Role };

export function TeamSwitcher({ team, teams }: { team: ShellTeam; teams: ShellTeam[] }) {
  const [creating, setCreating] = useState(false);
  return (
    <>
      <Menu
        label="Switch team"
        buttonClassName="flex w-full items-center gap-2.5 rounded-md px-2 py-1.5 text-left transition-colors hover:bg-zinc-200/60 focus-visible:outline-2 focus-visible:outline-accent-600 aria-expanded:bg-zinc-200/60"
        menuClassName="w-full min-w-64"
        button={
          <>
            <Avatar name={team.name} shape="square" />
            <span className="min-w-0 flex-1">
              <span className="block truncate text-sm font-semibold text-zinc-900">{team.name}</span>
              <span className="block text-xs text-zinc-600">{roleLabels[team.role]}</span>
            </span>
            <span className="sr-only">Switch team</span>
            <ChevronsUpDownIcon className="size-4 shrink-0 text-zinc-500" />
          </>
        }
      >
        <MenuGroup label="Your teams">
          {teams.map((t) => (
            <MenuItem key={t.slug} href={`/${t.slug}/projects`} current={t.slug === team.slug}>
              <Avatar name={t.name} shape="square" size="sm" />
              <span className="min-w-0 flex-1 truncate">{t.name}</span>
              {t.slug === team.slug ? <CheckIcon className="size-4 text-accent-600" /> : null}
            </MenuItem>
          ))}
        </MenuGroup>
        <MenuSeparator />
        <MenuItem onSelect={() => setCreating(true)}>
          <PlusIcon className="size-4 text-zinc-500" />
          Create team
        </MenuItem>
      </Menu>
      <CreateTeamDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
