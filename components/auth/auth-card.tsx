import Link from "next/link";
import type { ReactNode } from "react";

export function AuthCard({
  title,
  description,
  children,
  footer,
}: {
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="w-full max-w-[400px]">
      <div className="rounded-xl border border-zinc-200 bg-white px-7 py-8 shadow-sm">
        <div className="mb-6 space-y-1.5">
          <h1 className="text-xl font-semibold tracking-tight text-zinc-900">{title}</h1>
          {description ? <div className="text-sm leading-6 text-zinc-600">{description}</div> : null}
        </div>
        {children}
      </div>
      {footer ? <div className="mt-6 text-center text-sm text-zinc-600">{footer}</div> : null}
    </div>
  );
}

export function TextLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      className="font-medium text-accent-700 underline decoration-accent-200 underline-offset-4 hover:decoration-accent-700 focus-visible:rounded-sm focus-visible:outline-2 focus-visible:outline-accent-600"
    >
      {children}
    </Link>
  );
}
