import { withTeam } from "@/lib/api/with-team";
import { deleteAsset } from "@/lib/assets/delete-asset";

// POST /v1/asset/{id}/delete - delete an asset and its file (HeyGen's path)
export const POST = withTeam<undefined, Record<string, string>, { id: string }>(
  async ({ team, params }) => deleteAsset(team.id, params.id),
  { auth: "any", team: "principal", permission: "content.write", envelope: "v1" },
);
