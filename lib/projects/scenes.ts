import "server-only";
import { db, type Tx } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { MAX_SCENES } from "@/lib/contract/schema";
import { Prisma } from "@/lib/generated/prisma/client";
import { findProject, NEW_SCENE, presentScene, touchProject, type SceneView } from "@/lib/projects/projects";
import { mergeScene, type FieldTimes, type SceneParts } from "@/lib/projects/scene-merge";
import type { PatchScene } from "@/lib/projects/schemas";

const json = (v: unknown) => (v === null ? Prisma.DbNull : (v as Prisma.InputJsonValue));

async function findScene(teamId: string, projectId: string, sceneId: string) {
  const scene = await db().projectScene.findFirst({ where: { id: sceneId, projectId, project: { teamId } } });
  if (!scene) throw new NotFound("The scene");
  return scene;
}

async function orderedIds(tx: Tx, projectId: string): Promise<string[]> {
  const rows = await tx.projectScene.findMany({
    where: { projectId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

async function renumber(tx: Tx, ids: string[]): Promise<void> {
  for (const [position, id] of ids.entries()) await tx.projectScene.update({ where: { id }, data: { position } });
}

/** Inserts a scene (a default one, or a copy of `copyOf`) after `after` (default: at the end). */
async function insertScene(
  teamId: string,
  userId: string,
  projectId: string,
  opts: { after?: string; copyOf?: string },
): Promise<SceneView> {
  await findProject(teamId, projectId);
  const source = opts.copyOf ? await findScene(teamId, projectId, opts.copyOf) : null;
  return db().$transaction(async (tx: Tx) => {
    // Serialises structural edits of one project (two tabs adding at once keep distinct positions).
    await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${projectId} FOR UPDATE`;
    const ids = await orderedIds(tx, projectId);
    if (ids.length >= MAX_SCENES) throw new Invalid(`a video may have at most ${MAX_SCENES} scenes`);
    const created = await tx.projectScene.create({
      data: {
        projectId,
        position: ids.length,
        character: json(source ? source.character : NEW_SCENE.character),
        voice: (source ? source.voice : NEW_SCENE.voice) as Prisma.InputJsonValue,
        background: (source ? source.background : NEW_SCENE.background) as Prisma.InputJsonValue,
      },
    });
    const anchor = opts.after ?? opts.copyOf;
    const at = anchor ? ids.indexOf(anchor) : -1;
    if (at >= 0) {
      ids.splice(at + 1, 0, created.id);
      await renumber(tx, ids);
    }
    await touchProject(tx, projectId, userId);
    return presentScene(await tx.projectScene.findUniqueOrThrow({ where: { id: created.id } }));
  });
}

export const addScene = (teamId: string, userId: string, projectId: string, after?: string) =>
  insertScene(teamId, userId, projectId, { after });

export const duplicateScene = (teamId: string, userId: string, projectId: string, sceneId: string) =>
  insertScene(teamId, userId, projectId, { copyOf: sceneId });

export async function moveScene(
  teamId: string,
  userId: string,
  projectId: string,
  sceneId: string,
  position: number,
): Promise<{ order: string[] }> {
  await findScene(teamId, projectId, sceneId);
  return db().$transaction(async (tx: Tx) => {
    await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${projectId} FOR UPDATE`;
    const ids = (await orderedIds(tx, projectId)).filter((id) => id !== sceneId);
    ids.splice(Math.min(position, ids.length), 0, sceneId);
    await renumber(tx, ids);
    await touchProject(tx, projectId, userId);
    return { order: ids };
  });
}

export async function deleteScene(teamId: string, userId: string, projectId: string, sceneId: string): Promise<{ order: string[] }> {
  await findScene(teamId, projectId, sceneId);
  return db().$transaction(async (tx: Tx) => {
    await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${projectId} FOR UPDATE`;
    await tx.projectScene.delete({ where: { id: sceneId } });
    const ids = await orderedIds(tx, projectId);
    await renumber(tx, ids);
    await touchProject(tx, projectId, userId);
    return { order: ids };
  });
}

/**
 * Field-level last-write-wins: each changed field path ("voice.input_text") is written only if the edit is at
 * least as new as that path's last accepted write (lib/projects/scene-merge.ts). The answer is the scene as
 * stored and the paths that lost (`stale`), so the client adopts the newer values. Edit times from the
 * future are clamped to now, so a tab with a fast clock cannot lock a field against everyone else.
 */
export async function patchScene(
  teamId: string,
  userId: string,
  projectId: string,
  sceneId: string,
  patch: PatchScene,
): Promise<{ scene: SceneView; applied: string[]; stale: string[] }> {
  await findScene(teamId, projectId, sceneId);
  const at = Math.min(patch.edited_at, Date.now());
  const { changed, edited_at: _at, ...incoming } = patch;
  return db().$transaction(async (tx: Tx) => {
    // The row lock makes read, merge and write one step against a concurrent patch of the same scene.
    await tx.$queryRaw`SELECT id FROM "ProjectScene" WHERE id = ${sceneId} FOR UPDATE`;
    const row = await tx.projectScene.findUniqueOrThrow({ where: { id: sceneId } });
    const stored = presentScene(row);
    const merged = mergeScene(stored, row.fieldTimes as FieldTimes, incoming as Partial<SceneParts>, changed, at);
    if (!merged.applied.length) return { scene: stored, applied: [], stale: merged.stale };
    const saved = await tx.projectScene.update({
      where: { id: sceneId },
      data: {
        character: json(merged.parts.character),
        voice: merged.parts.voice as Prisma.InputJsonValue,
        background: merged.parts.background as Prisma.InputJsonValue,
        fieldTimes: merged.times,
      },
    });
    await touchProject(tx, projectId, userId);
    return { scene: presentScene(saved), applied: merged.applied, stale: merged.stale };
  });
}
