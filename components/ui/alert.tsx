import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export type AlertVariant = "info" | "success" | "warning" | "danger";

const variants: Record<AlertVariant, string> = {
  info: "border-zinc-200 bg-zinc-50 text-zinc-800",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  danger: "border-red-200 bg-red-50 text-red-800",
};

const icons: Record<AlertVariant, ReactNode> = {
  info: <path d="M8 7.25v3.5M8 5.25h.01M14 8A6 6 0 1 1 2 8a6 6 0 0 1 12 0Z" />,
  success: <path d="m5.5 8.25 1.75 1.75 3.25-3.75M14 8A6 6 0 1 1 2 8a6 6 0 0 1 12 0Z" />,
  warning: (
    <path d="M8 6.25v2.5M8 10.75h.01M6.9 2.7 1.7 11.9A1.25 1.25 0 0 0 2.8 13.75h10.4a1.25 1.25 0 0 0 1.1-1.85L9.1 2.7a1.25 1.25 0 0 0-2.2 0Z" />
  ),
  danger: <path d="M8 5.25v3.5M8 10.75h.01M14 8A6 6 0 1 1 2 8a6 6 0 0 1 12 0Z" />,
};

// Inline message. Errors are announced at once (role="alert"), the rest politely (role="status").
export function Alert({
  variant = "info",
  title,
  children,
  className,
}: {
  variant?: AlertVariant;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div
      role={variant === "danger" ? "alert" : "status"}
      className={cx("flex gap-2.5 rounded-md border px-3.5 py-3 text-sm", variants[variant], className)}
    >
      <svg
        className="mt-1 size-4 shrink-0"
        viewBox="0 0 16 16"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden
      >
        {icons[variant]}
      </svg>
      <div className="min-w-0 space-y-1">
        {title ? <p className="font-medium">{title}</p> : null}
        {children ? <div className="leading-6 [overflow-wrap:anywhere]">{children}</div> : null}
      </div>
    </div>
  );
}
