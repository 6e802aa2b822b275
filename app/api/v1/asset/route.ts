import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { presentAsset } from "@/lib/assets/present-asset";
import { uploadAsset } from "@/lib/assets/upload-asset";
import { providerFor } from "@/lib/generation/provider-for";
import { otherMethods } from "@/lib/api/api-fallback";

const query = z.object({ name: z.string().optional() });

// POST /v1/asset - upload raw bytes; the type is sniffed from the content, never from Content-Type
export const POST = withTeam(
  async ({ req, body, team, principal, query }) => {
    const asset = await uploadAsset({
      teamId: team.id,
      body,
      headers: req.headers,
      name: query.name,
      createdById: principal.kind === "session" ? principal.user.id : null,
      apiKeyId: principal.kind === "apiKey" ? principal.keyId : null,
      provider: () => providerFor(team.id),
    });
    return presentAsset(asset);
  },
  { auth: "any", team: "principal", permission: "content.write", body: "stream", query, envelope: "v1" },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("v1", ["POST"]);
