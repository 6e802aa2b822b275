import { z } from "zod";

// POST /v1/talking_photo?name=: the photo's name (else the file name of Content-Disposition, else one is made).
export const talkingPhotoUploadQuery = z.object({ name: z.string().optional() });

// PATCH /api/teams/[team]/talking-photos/[photoId] from the studio.
export const renameTalkingPhotoBody = z.object({
  name: z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters"),
});
