import type { ComponentProps } from "react";
import { cx } from "@/components/ui/cx";

export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <div className="relative overflow-x-auto">
      <table className={cx("w-full border-collapse text-left text-sm", className)} {...props} />
    </div>
  );
}

export function Th({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      scope="col"
      className={cx(
        "border-b border-zinc-200 bg-zinc-50 px-3 py-2.5 text-xs first:pl-5 last:pr-5 xl:px-5 font-medium whitespace-nowrap text-zinc-600 first:rounded-tl-lg last:rounded-tr-lg",
        className,
      )}
      {...props}
    />
  );
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return (
    <td
      className={cx(
        "border-b border-zinc-100 px-3 py-3 align-middle first:pl-5 last:pr-5 xl:px-5 text-zinc-700 group-last:border-b-0",
        className,
      )}
      {...props}
    />
  );
}

export function Tr({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cx("group", className)} {...props} />;
}

// The header row of a data table; `actions` adds the narrow, visually hidden column for row buttons. A column
// given as { label, className } carries classes for its header cell (say, hidden below a breakpoint).
export function TableHead({ columns, actions = false }: { columns: (string | { label: string; className: string })[]; actions?: boolean }) {
  return (
    <thead>
      <tr>
        {columns.map((c) =>
          typeof c === "string" ? (
            <Th key={c}>{c}</Th>
          ) : (
            <Th key={c.label} className={c.className}>
              {c.label}
            </Th>
          ),
        )}
        {actions ? (
          <Th className="w-0">
            <span className="sr-only">Actions</span>
          </Th>
        ) : null}
      </tr>
    </thead>
  );
}
