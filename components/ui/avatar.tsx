import { cx } from "@/components/ui/cx";

function initials(name: string, fallback = "?"): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? `${parts[0]![0]}${parts[parts.length - 1]![0]}` : (parts[0]?.slice(0, 2) ?? "");
  return (letters || fallback).toUpperCase();
}

// Initials in a square (teams) or a circle (people). Decorative: the name is always printed next to it.
export function Avatar({
  name,
  shape = "circle",
  size = "md",
  className,
}: {
  name: string;
  shape?: "circle" | "square";
  size?: "sm" | "md";
  className?: string;
}) {
  return (
    <span
      aria-hidden
      className={cx(
        "inline-flex shrink-0 items-center justify-center font-semibold select-none",
        shape === "circle" ? "rounded-full bg-zinc-200 text-zinc-700" : "rounded-md bg-accent-600 text-white",
        size === "sm" ? "size-6 text-[10px]" : "size-8 text-xs",
        className,
      )}
    >
      {initials(name)}
    </span>
  );
}
