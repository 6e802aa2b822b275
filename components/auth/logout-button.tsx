"use client";

import { useTransition } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { logout } from "@/components/auth/logout-action";

// Logs out, then (with `next`) comes back to `next` after the next login.
export function LogoutButton({ next, className, variant = "secondary" }: { next?: string; className?: string; variant?: ButtonVariant }) {
  const [pending, startTransition] = useTransition();
  return (
    <Button variant={variant} className={className} loading={pending} onClick={() => startTransition(() => logout(next))}>
      Log out
    </Button>
  );
}
