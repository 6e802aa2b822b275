import { withTeam } from "@/lib/api/with-team";
import { createFolder, createFolderBody } from "@/lib/folders/folders";
import { otherMethods } from "@/lib/api/api-fallback";

// POST /v1/folders/create - body {name}; answers the folder
export const POST = withTeam(async ({ team, body }) => createFolder(team.id, body.name), {
  auth: "any",
  team: "principal",
  permission: "content.write",
  body: createFolderBody,
  envelope: "v1",
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("v1", ["POST"]);
