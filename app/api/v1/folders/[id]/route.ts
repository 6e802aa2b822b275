import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { renameFolder } from "@/lib/folders/folders";
import { createFolderBody, folderIdParams } from "@/lib/folders/schemas";

// POST /v1/folders/{id} - body {name}; renames the folder and answers it
export const POST = withTeam(async ({ team, params, body }) => renameFolder(team.id, params.id, body.name), {
  auth: "any",
  team: "principal",
  permission: "content.write",
  params: folderIdParams,
  body: createFolderBody,
  envelope: "v1",
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("v1", ["POST"]);
