import { withTeam } from "@/lib/api/with-team";
import { deleteAsset } from "@/lib/assets/delete-asset";

// DELETE /v1/asset/{id} - alias of POST /v1/asset/{id}/delete
export const DELETE = withTeam<undefined, Record<string, string>, { id: string }>(
  async ({ team, params }) => deleteAsset(team.id, params.id),
  { auth: "any", team: "principal", permission: "content.write", envelope: "v1" },
);
