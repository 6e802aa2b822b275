import type { Metadata } from "next";
import Link from "next/link";
import { env } from "@/lib/env";
import { Card, CardHeader } from "@/components/ui/card";
import { CodeBlock } from "@/components/ui/code-block";
import { PageHeader } from "@/components/ui/page-header";
import { EndpointIndexList } from "@/components/api-reference/endpoint-index";
import { SwaggerView } from "@/components/api-reference/swagger-view";
import { VersionSwitch } from "@/components/api-reference/version-switch";
import { apiVersionQuery, endpointIndex } from "@/lib/openapi/versions";
import { loadTeamContext, type TeamParams } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "API reference" };

function examples(base: string): { label: string; code: string }[] {
  return [
    {
      label: "Create a video",
      code:
        `curl -X POST ${base}/v2/video/generate \\\n  -H "X-Api-Key: $AVATAR_STUDIO_API_KEY" \\\n  -H "Content-Type: application/json" \\\n` +
        `  -d '{"title":"Hello","video_inputs":[{"voice":{"type":"silence","duration":2},"background":{"type":"color","value":"#0f766e"}}]}'`,
    },
    {
      label: "Check its status",
      code: `curl "${base}/v1/video_status.get?video_id=$VIDEO_ID" \\\n  -H "X-Api-Key: $AVATAR_STUDIO_API_KEY"`,
    },
    { label: "List voices", code: `curl ${base}/v2/voices -H "X-Api-Key: $AVATAR_STUDIO_API_KEY"` },
  ];
}

type Props = TeamParams & { searchParams: Promise<{ version?: string | string[] }> };

export default async function ApiReferencePage({ params, searchParams }: Props) {
  const { team } = await loadTeamContext((await params).team);
  const base = env().appUrl;
  // ?version=v1|v2|v3 shows that version's paths only; anything else, all of them.
  const version = apiVersionQuery.parse((await searchParams).version);
  const index = endpointIndex(version);
  const specUrl = version === "all" ? "/api/openapi.json" : `/api/openapi.json?version=${version}`;
  return (
    <>
      <PageHeader
        title="API reference"
        description={
          <>
            HeyGen-compatible endpoints (v1, v2 and v3) at <code className="font-mono text-[13px]">{base}</code>. An existing HeyGen client
            works by changing only its base URL and key.{" "}
            <Link className="font-medium text-indigo-700 underline underline-offset-2" href={`/${team.slug}/keys`}>
              Create an API key
            </Link>
            .
          </>
        }
      />
      <div className="space-y-6">
        <Card>
          <CardHeader title="Quick start" description="Copy, set AVATAR_STUDIO_API_KEY, paste into a terminal." />
          <div className="grid gap-4 p-5">
            {examples(base).map((e) => (
              <CodeBlock key={e.label} label={e.label} code={e.code} copyLabel="Copy command" />
            ))}
          </div>
        </Card>
        <Card aria-labelledby="endpoints-title">
          <CardHeader
            title="Endpoints"
            titleId="endpoints-title"
            description={
              <>
                Generated from the schemas the server validates with. Raw OpenAPI 3.1:{" "}
                <a className="underline" href={specUrl}>
                  {specUrl}
                </a>
              </>
            }
            actions={<VersionSwitch basePath={`/${team.slug}/api-reference`} current={version} counts={index.counts} />}
          />
          <div className="grid gap-6 p-5">
            <EndpointIndexList groups={index.groups} version={version} />
            {/* Keyed by version: a new document is a fresh viewer, not one re-rendered over the last. */}
            <SwaggerView key={specUrl} specUrl={specUrl} />
          </div>
        </Card>
      </div>
    </>
  );
}
