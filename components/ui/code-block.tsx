import { CopyButton } from "@/components/ui/copy-button";
import { cx } from "@/components/ui/cx";

export function CodeBlock({
  code,
  label,
  className,
  copyLabel = "Copy",
}: {
  code: string;
  label?: string;
  className?: string;
  copyLabel?: string;
}) {
  return (
    <div className={cx("overflow-hidden rounded-lg border border-zinc-800 bg-zinc-950", className)}>
      <div className="flex items-center justify-between border-b border-zinc-800 px-3 py-1.5">
        <span className="text-xs font-medium text-zinc-400">{label ?? "Shell"}</span>
        <CopyButton value={code} label={copyLabel} variant="inverse" />
      </div>
      <pre className="overflow-x-auto px-4 py-3 font-mono text-[12.5px] leading-6 text-zinc-100" tabIndex={0}>
        <code>{code}</code>
      </pre>
    </div>
  );
}
