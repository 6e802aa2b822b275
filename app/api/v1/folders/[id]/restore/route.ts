import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { setFolderTrashed } from "@/lib/folders/folders";
import { folderIdParams } from "@/lib/folders/schemas";

// POST /v1/folders/{id}/restore - brings a trashed folder back; answers the folder
export const POST = withTeam(async ({ team, params }) => setFolderTrashed(team.id, params.id, false), {
  auth: "any",
  team: "principal",
  permission: "content.write",
  params: folderIdParams,
  envelope: "v1",
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("v1", ["POST"]);
