import { withTeam } from "@/lib/api/with-team";
import { isJsonRequest, readJsonStream } from "@/lib/api/read-body";
import { importAsset } from "@/lib/assets/import-asset";
import { presentAsset } from "@/lib/assets/present-asset";
import { rawBodySource } from "@/lib/assets/receive-upload";
import { assetUploadQuery as query } from "@/lib/assets/schemas";
import { uploadAsset } from "@/lib/assets/upload-asset";
import { providerFor } from "@/lib/generation/provider-for";
import { otherMethods } from "@/lib/api/api-fallback";

// POST /v1/asset - upload raw bytes (the type is sniffed from the content, never from Content-Type), or JSON {"url"} to import one
export const POST = withTeam(
  async ({ req, body, team, principal, query }) => {
    const owner = {
      teamId: team.id,
      name: query.name,
      createdById: principal.kind === "session" ? principal.user.id : null,
      apiKeyId: principal.kind === "apiKey" ? principal.keyId : null,
      provider: () => providerFor(team.id),
    };
    const asset = isJsonRequest(req.headers)
      ? await importAsset({ ...owner, request: await readJsonStream(body) })
      : await uploadAsset({ ...owner, source: rawBodySource(body, req.headers) });
    return presentAsset(asset);
  },
  { auth: "any", team: "principal", permission: "content.write", body: "stream", query, envelope: "v1" },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("v1", ["POST"]);
