import { withTeam } from "@/lib/api/with-team";
import { pageQuery } from "@/lib/api/page-token";
import { listFolders } from "@/lib/folders/folders";

const query = pageQuery(100);

// GET /v1/folders?limit=&token= - the folders that folder_id points at, newest first
export const GET = withTeam(async ({ team, query }) => listFolders(team.id, query), { auth: "any", team: "principal", query, envelope: "v1" });
