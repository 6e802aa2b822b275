import type { ComponentProps, ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export function Card({ className, tone = "default", ...props }: ComponentProps<"section"> & { tone?: "default" | "danger" }) {
  return (
    <section
      data-tone={tone}
      className={cx("group/card rounded-lg border bg-white shadow-xs", tone === "danger" ? "border-red-200" : "border-zinc-200", className)}
      {...props}
    />
  );
}

export function CardHeader({
  title,
  description,
  actions,
  titleId,
  className,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  titleId?: string;
  className?: string;
}) {
  return (
    <div
      className={cx(
        "flex flex-wrap items-start justify-between gap-3 border-b border-zinc-200 px-5 py-4 group-data-[tone=danger]/card:border-red-100",
        className,
      )}
    >
      <div className="min-w-0 space-y-1">
        <h2 id={titleId} className="text-[15px] font-semibold text-zinc-900">
          {title}
        </h2>
        {description ? <p className="text-sm text-zinc-600">{description}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </div>
  );
}

export function CardBody({ className, ...props }: ComponentProps<"div">) {
  return <div className={cx("px-5 py-4", className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cx(
        "flex flex-wrap items-center justify-between gap-3 rounded-b-lg border-t border-zinc-200 bg-zinc-50 px-5 py-3",
        className,
      )}
      {...props}
    />
  );
}
