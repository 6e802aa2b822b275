import type { ComponentProps, ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export const controlClasses =
  "block w-full rounded-md border border-zinc-300 bg-white px-3 text-sm text-zinc-900 shadow-xs transition-colors " +
  "placeholder:text-zinc-500 hover:border-zinc-400 " +
  "focus:border-accent-600 focus:outline-none focus:ring-3 focus:ring-accent-600/20 " +
  "disabled:cursor-not-allowed disabled:bg-zinc-50 disabled:text-zinc-500 read-only:bg-zinc-50 " +
  "aria-invalid:border-red-500 aria-invalid:focus:ring-red-500/20";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cx(controlClasses, "h-9", className)} {...props} />;
}

function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cx("block text-sm font-medium text-zinc-800", className)} {...props} />;
}

// A labelled control with its hint and error, wired with aria-describedby. `id` names the control.
export function Field({
  id,
  label,
  hint,
  error,
  optional,
  children,
  className,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={cx("space-y-1.5", className)}>
      <Label htmlFor={id}>
        {label}
        {optional ? <span className="ml-1 font-normal text-zinc-500">(optional)</span> : null}
      </Label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-[13px] text-red-700">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-[13px] text-zinc-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

// The aria attributes a control inside <Field> needs.
export function fieldAria(id: string, { hint, error }: { hint?: ReactNode; error?: string | null }) {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  } as const;
}
