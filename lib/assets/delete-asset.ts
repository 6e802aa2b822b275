import "server-only";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { storage } from "@/lib/storage/storage";

// Removes a team's asset and its file. Another team's id answers like a missing one (404). Videos already
// rendered keep their outputs: they hold their own copies.
export async function deleteAsset(teamId: string, id: string): Promise<{ id: string }> {
  const asset = await db().asset.findFirst({ where: { id, teamId } });
  if (!asset) throw new NotFound("The asset");
  // deleteMany: a concurrent delete of the same asset is not an error, and only one of them removes the file.
  const { count } = await db().asset.deleteMany({ where: { id, teamId } });
  if (count === 0) throw new NotFound("The asset");
  await storage().delete(asset.storageKey);
  return { id };
}
