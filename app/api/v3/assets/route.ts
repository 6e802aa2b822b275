import { withTeam } from "@/lib/api/with-team";
import { readMultipartFile } from "@/lib/api/read-multipart-file";
import { presentV3Asset } from "@/lib/assets/present-asset";
import { uploadAsset } from "@/lib/assets/upload-asset";
import { providerFor } from "@/lib/generation/provider-for";
import { otherMethods } from "@/lib/api/api-fallback";

// POST /v3/assets - upload one file as multipart/form-data part `file`, streamed; the type is sniffed from the content (optional Idempotency-Key)
export const POST = withTeam(
  async ({ req, body, team, principal }) => {
    const asset = await uploadAsset({
      teamId: team.id,
      source: await readMultipartFile(req.headers, body, "file"),
      createdById: principal.kind === "session" ? principal.user.id : null,
      apiKeyId: principal.kind === "apiKey" ? principal.keyId : null,
      provider: () => providerFor(team.id),
    });
    return presentV3Asset(asset);
  },
  { auth: "any", team: "principal", permission: "content.write", body: "stream", envelope: "v3", idempotent: true },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("v3", ["POST"]);
