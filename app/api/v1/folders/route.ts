import { withTeam } from "@/lib/api/with-team";
import { listFolders } from "@/lib/folders/folders";
import { folderPageQuery as query } from "@/lib/folders/schemas";

// GET /v1/folders?limit=&token= - the folders that folder_id points at, newest first
export const GET = withTeam(async ({ team, query }) => listFolders(team.id, query), {
  auth: "any",
  team: "principal",
  query,
  envelope: "v1",
});
