import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export function EmptyState({
  icon,
  eyebrow,
  title,
  description,
  children,
  className,
}: {
  icon?: ReactNode;
  eyebrow?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div className={cx("flex flex-col items-center px-6 py-14 text-center", className)}>
      {icon ? (
        <div className="mb-4 flex size-11 items-center justify-center rounded-lg border border-zinc-200 bg-white text-zinc-600 shadow-xs">
          {icon}
        </div>
      ) : null}
      {eyebrow ? <div className="mb-2">{eyebrow}</div> : null}
      <h2 className="text-base font-semibold text-zinc-900">{title}</h2>
      {description ? <div className="mt-1.5 max-w-md text-sm leading-6 text-zinc-600">{description}</div> : null}
      {children ? <div className="mt-6 flex flex-wrap items-center justify-center gap-2">{children}</div> : null}
    </div>
  );
}
