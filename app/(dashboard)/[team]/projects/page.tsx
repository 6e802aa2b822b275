import type { Metadata } from "next";
import { env } from "@/lib/env";
import { roleCan } from "@/lib/auth/roles";
import { ComingSoon } from "@/components/dashboard/coming-soon";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CodeBlock } from "@/components/ui/code-block";
import { ProjectsIcon } from "@/components/ui/icons";
import { loadTeamContext, type TeamParams } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage({ params }: TeamParams) {
  const { team } = await loadTeamContext((await params).team);
  const origin = env().appUrl;
  const example = [
    `curl -X POST ${origin}/v2/video/generate \\`,
    `  -H "X-Api-Key: $AVATAR_STUDIO_API_KEY" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '{"video_inputs":[{"character":{"type":"avatar","avatar_id":"<avatar_id>"},`,
    `       "voice":{"type":"text","voice_id":"<voice_id>","input_text":"Hello from Avatar Studio"}}]}'`,
  ].join("\n");
  return (
    <ComingSoon
      title="Projects"
      description="Scripts, scenes and presenters, put together into videos."
      icon={<ProjectsIcon className="size-5" />}
      heading="Your studio is coming"
      body={
        <>
          The visual editor for projects is on its way. Today you can generate videos from code: create an API
          key and call <code className="font-mono text-[13px] whitespace-nowrap text-zinc-800">POST /v2/video/generate</code> with a
          HeyGen-compatible request.
        </>
      }
      team={team.slug}
      canManageKeys={roleCan(team.role, "keys.manage")}
    >
      <Card>
        <CardHeader title="Generate a video from the API" description="The request format is HeyGen's v2 API, so existing clients work unchanged." />
        <CardBody>
          <CodeBlock code={example} label="Shell" copyLabel="Copy example" />
        </CardBody>
      </Card>
    </ComingSoon>
  );
}
