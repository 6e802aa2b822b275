import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { ApiVersion, EndpointIndex } from "@/lib/openapi/versions";

const methodBadge: Record<string, BadgeVariant> = { GET: "success", POST: "accent", PATCH: "warning", DELETE: "danger" };

// The endpoints of the chosen version by tag, each tag saying so when that version has none under it.
export function EndpointIndexList({ groups, version }: { groups: EndpointIndex["groups"]; version: ApiVersion }) {
  return (
    <div className="grid gap-x-8 gap-y-6 lg:grid-cols-2">
      {groups.map(({ tag, endpoints }) => {
        const id = `endpoints-${tag.toLowerCase().replace(/\W+/g, "-")}`;
        return (
          <section key={tag} aria-labelledby={id}>
            <h3 id={id} className="mb-2 text-sm font-semibold text-zinc-900">
              {tag}
            </h3>
            {endpoints.length > 0 ? (
              <ul className="divide-y divide-zinc-100 rounded-md border border-zinc-200">
                {endpoints.map((e) => (
                  <li key={e.operationId} className="flex flex-wrap items-center gap-x-2 gap-y-1 px-3 py-2">
                    <Badge variant={methodBadge[e.method] ?? "neutral"} className="w-16 justify-center font-mono">
                      {e.method}
                    </Badge>
                    <code className="font-mono text-[13px] break-all text-zinc-900">{e.path}</code>
                    <span className="text-sm text-zinc-600">{e.summary}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="rounded-md border border-dashed border-zinc-300 px-3 py-4 text-sm text-zinc-600">
                No {version} endpoints under {tag}.
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}
