import type { TeamLimitsView } from "@/lib/limits/team-limits";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

const WHAT = { generate: "Videos created", read: "Reads", write: "Other changes" } as const;

function per(seconds: number): string {
  if (seconds === 60) return "minute";
  if (seconds === 3600) return "hour";
  if (seconds === 86400) return "day";
  return `${seconds} s`;
}

const size = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.ceil(bytes / 1e6)} MB`);

// The limits an operator sets for the team (npm run team -- --rate / --storage), read-only for members.
export function TeamLimitsCard({ limits }: { limits: TeamLimitsView }) {
  const { usedBytes, limitBytes } = limits.storage;
  const share = limitBytes ? Math.min(100, Math.round((usedBytes / limitBytes) * 100)) : null;
  return (
    <Card aria-labelledby="team-limits">
      <CardHeader
        titleId="team-limits"
        title="Limits"
        description="Set by the server's operator. Each API key and each member has its own budget; past it, requests answer 429 with Retry-After."
      />
      <CardBody className="space-y-4">
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          {limits.rates.map((r) => (
            <div key={r.name} className="rounded-md border border-zinc-200 px-3 py-2">
              <dt className="text-xs text-zinc-600">{WHAT[r.name]}</dt>
              <dd className="text-sm font-medium text-zinc-900">
                {r.limit.toLocaleString("en")} per {per(r.windowSeconds)}
                {r.custom ? <span className="ml-1.5 text-xs font-normal text-indigo-700">set for this team</span> : null}
              </dd>
            </div>
          ))}
        </dl>
        <div>
          <p className="text-sm text-zinc-700">
            Storage: {size(usedBytes)} of assets{limitBytes === null ? " (no limit)" : ` of ${size(limitBytes)}`}
          </p>
          {share !== null ? (
            <div
              className="mt-2 h-1.5 w-full overflow-hidden rounded-full bg-zinc-100"
              role="progressbar"
              aria-label="Storage used"
              aria-valuenow={share}
              aria-valuemin={0}
              aria-valuemax={100}
            >
              <div className={share >= 90 ? "h-full bg-red-600" : "h-full bg-indigo-600"} style={{ width: `${share}%` }} />
            </div>
          ) : null}
        </div>
      </CardBody>
    </Card>
  );
}
