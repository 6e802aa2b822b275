import type { ReactNode } from "react";
import { roleLabels, type Role } from "@/lib/auth/roles";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ShieldIcon } from "@/components/ui/icons";

export type Manager = { name: string; email: string; role: Role };

// What a member sees where only owners and admins may act: who to ask, by name.
export function AskAnAdmin({ title, description, managers }: { title: string; description: ReactNode; managers: Manager[] }) {
  return (
    <Card>
      <EmptyState icon={<ShieldIcon className="size-5" />} title={title} description={description}>
        {managers.length ? (
          <ul
            className="w-full max-w-sm divide-y divide-zinc-100 rounded-lg border border-zinc-200 text-left"
            aria-label="Owners and admins"
          >
            {managers.map((m) => (
              <li key={m.email} className="flex items-center gap-3 px-3 py-2.5">
                <Avatar name={m.name || m.email} size="sm" />
                <span className="min-w-0 flex-1">
                  <span className="block truncate text-sm font-medium text-zinc-900">{m.name || m.email}</span>
                  <span className="block truncate text-xs text-zinc-600">{m.email}</span>
                </span>
                <span className="text-xs text-zinc-600">{roleLabels[m.role]}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </EmptyState>
    </Card>
  );
}
