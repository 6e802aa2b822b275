import { withTeam } from "@/lib/api/with-team";
import { listFolders } from "@/lib/folders/folders";
import { folderPageQuery as query } from "@/lib/folders/schemas";
import { otherMethods } from "@/lib/api/api-fallback";

// GET /v1/folders?limit=&token= - the folders that folder_id points at, newest first
export const GET = withTeam(async ({ team, query }) => listFolders(team.id, query), {
  auth: "any",
  team: "principal",
  query,
  envelope: "v1",
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("v1", ["GET"]);
