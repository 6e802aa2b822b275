"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId } from "react";
import { cx } from "@/components/ui/cx";
import { navGroups } from "@/components/dashboard/nav";
import { TeamSwitcher, type ShellTeam } from "@/components/dashboard/team-switcher";
import { UserMenu } from "@/components/dashboard/user-menu";

export type ShellUser = { name: string; email: string };

export function Sidebar({ user, team, teams }: { user: ShellUser; team: ShellTeam; teams: ShellTeam[] }) {
  const pathname = usePathname();
  const baseId = useId();
  return (
    <div className="flex h-full flex-col">
      <div className="p-3">
        <TeamSwitcher team={team} teams={teams} />
      </div>
      <nav aria-label="Main" className="flex-1 space-y-5 overflow-y-auto px-3 pt-2 pb-4">
        {navGroups.map((group, index) => {
          const headingId = `${baseId}-${index}`;
          return (
            <div key={group.label}>
              <div id={headingId} className="px-2 pb-1.5 text-xs font-medium text-zinc-500">
                {group.label}
              </div>
              <ul aria-labelledby={headingId} className="space-y-0.5">
                {group.items.map((item) => {
                  const href = `/${team.slug}/${item.segment}`;
                  const active = pathname === href || pathname.startsWith(`${href}/`);
                  const Icon = item.icon;
                  return (
                    <li key={item.segment}>
                      <Link
                        href={href}
                        aria-current={active ? "page" : undefined}
                        className={cx(
                          "flex items-center gap-2.5 rounded-md px-2 py-1.5 text-sm font-medium transition-colors",
                          "focus-visible:outline-2 focus-visible:outline-accent-600",
                          active
                            ? "bg-white text-zinc-900 shadow-xs ring-1 ring-zinc-200"
                            : "text-zinc-700 hover:bg-zinc-200/60 hover:text-zinc-900",
                        )}
                      >
                        <Icon className={cx("size-4", active ? "text-accent-600" : "text-zinc-500")} />
                        {item.label}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </nav>
      <div className="border-t border-zinc-200 p-3">
        <UserMenu user={user} team={team.slug} />
      </div>
    </div>
  );
}
