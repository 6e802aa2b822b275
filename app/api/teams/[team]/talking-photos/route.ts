import { withTeam } from "@/lib/api/with-team";
import { analysisPreviewUrl, listTalkingPhotos, presentTalkingPhoto } from "@/lib/talking-photos/talking-photos";

// GET /api/teams/[team]/talking-photos - the team's photos with their analysis previews, for the studio
export const GET = withTeam(
  async ({ team }) =>
    Promise.all(
      (await listTalkingPhotos(team.id)).map(async (p) => ({
        ...(await presentTalkingPhoto(p)),
        analysis_preview_url: await analysisPreviewUrl(p),
      })),
    ),
  { auth: "session", team: "param" },
);
