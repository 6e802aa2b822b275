import Link from "next/link";
import { cx } from "@/components/ui/cx";
import type { ApiVersion } from "@/lib/openapi/versions";

const labels: Record<ApiVersion, string> = { all: "All", v1: "v1", v2: "v2", v3: "v3" };

// A segmented control of links: the choice lives in the URL (?version=v3), so a reload and a shared link keep it,
// and each option is reachable with Tab and chosen with Enter.
export function VersionSwitch({
  basePath,
  current,
  counts,
}: {
  basePath: string;
  current: ApiVersion;
  counts: Record<ApiVersion, number>;
}) {
  return (
    <nav aria-label="API version">
      <ul className="inline-flex gap-0.5 rounded-lg border border-zinc-200 bg-zinc-100 p-0.5">
        {(Object.keys(labels) as ApiVersion[]).map((version) => {
          const active = version === current;
          return (
            <li key={version}>
              <Link
                href={version === "all" ? basePath : `${basePath}?version=${version}`}
                scroll={false}
                aria-current={active ? "true" : undefined}
                className={cx(
                  "inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-600",
                  active ? "bg-white text-zinc-900 shadow-xs ring-1 ring-zinc-200" : "text-zinc-600 hover:bg-white/60 hover:text-zinc-900",
                )}
              >
                {labels[version]}
                <span className="text-xs text-zinc-600 tabular-nums">{counts[version]}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
