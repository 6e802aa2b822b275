import type { ComponentProps } from "react";
import { cx } from "@/components/ui/cx";
import { controlClasses } from "@/components/ui/input";

// A native <select> (keyboard and screen-reader behaviour for free) with our look.
export function Select({ className, size = "md", ...props }: Omit<ComponentProps<"select">, "size"> & { size?: "sm" | "md" }) {
  return (
    <span className={cx("relative block", className)}>
      <select className={cx(controlClasses, "appearance-none pr-8", size === "sm" ? "h-8 text-[13px]" : "h-9")} {...props} />
      <svg
        className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-zinc-500"
        viewBox="0 0 16 16"
        fill="none"
        aria-hidden
      >
        <path d="m4.5 6.5 3.5 3.5 3.5-3.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </span>
  );
}
