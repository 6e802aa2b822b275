"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

export function SettingsTabs({ team }: { team: string }) {
  const pathname = usePathname();
  const tabs = [
    { href: `/${team}/settings`, label: "Team" },
    { href: `/${team}/settings/account`, label: "Your account" },
  ];
  return (
    <nav aria-label="Settings" className="mb-8 border-b border-zinc-200">
      <ul className="-mb-px flex gap-6">
        {tabs.map((tab) => {
          const active = pathname === tab.href;
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cx(
                  "inline-block border-b-2 pb-2.5 text-sm font-medium transition-colors focus-visible:rounded-sm focus-visible:outline-2 focus-visible:outline-accent-600",
                  active ? "border-accent-600 text-zinc-900" : "border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
