import { withTeam } from "@/lib/api/with-team";
import { presentTalkingPhoto } from "@/lib/talking-photos/talking-photos";
import { talkingPhotoUploadQuery as query } from "@/lib/talking-photos/schemas";
import { uploadTalkingPhoto } from "@/lib/talking-photos/upload-talking-photo";
import { rawBodySource } from "@/lib/assets/receive-upload";
import { otherMethods } from "@/lib/api/api-fallback";

// POST /v1/talking_photo - upload a portrait (raw JPEG, PNG or WebP bytes); answers once it is analysed
export const POST = withTeam(
  async ({ req, body, team, principal, query }) => {
    const photo = await uploadTalkingPhoto({
      teamId: team.id,
      source: rawBodySource(body, req.headers, "is empty; send the photo's bytes as the request body"),
      name: query.name,
      createdById: principal.kind === "session" ? principal.user.id : null,
      apiKeyId: principal.kind === "apiKey" ? principal.keyId : null,
    });
    const view = await presentTalkingPhoto(photo);
    return { talking_photo_id: view.talking_photo_id, talking_photo_url: view.image_url, warnings: view.warnings };
  },
  { auth: "any", team: "principal", permission: "content.write", body: "stream", query, envelope: "v1" },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("v1", ["POST"]);
