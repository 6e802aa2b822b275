import "server-only";
import { db, type Tx } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { signedUrl } from "@/lib/storage/signed-url";
import { DEFAULT_BACKGROUND_COLOUR } from "@/lib/contract/schema";
import type { VideoOutputs } from "@/lib/videos/describe-video";
import type { Prisma, ProjectScene } from "@/lib/generated/prisma/client";
import type { DraftProject } from "@/lib/projects/draft";
import type { UpdateProject } from "@/lib/projects/schemas";

export type SceneView = {
  id: string;
  position: number;
  character: Record<string, unknown> | null;
  voice: Record<string, unknown>;
  background: Record<string, unknown>;
};
export type ProjectDetail = Omit<DraftProject, "scenes"> & { id: string; updatedAt: string; scenes: SceneView[] };
export type ProjectListItem = {
  id: string;
  title: string;
  folder: { id: string; name: string } | null;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
  scenes: number;
  thumbnailUrl: string | null;
};

export const NEW_SCENE = {
  character: { type: "avatar", avatar_id: "avs_presenter_maya", avatar_style: "normal", scale: 1 },
  voice: { type: "text", voice_id: "avs_voice_en_clara", input_text: "" },
  background: { type: "color", value: DEFAULT_BACKGROUND_COLOUR },
} as const;

const who = (u: { name: string; email: string } | null) => (u ? u.name || u.email : null);
const json = (v: unknown) => v as Prisma.InputJsonValue;

export function presentScene(s: ProjectScene): SceneView {
  return {
    id: s.id,
    position: s.position,
    character: (s.character as Record<string, unknown> | null) ?? null,
    voice: s.voice as Record<string, unknown>,
    background: s.background as Record<string, unknown>,
  };
}

/** A project of the team (another team's answers like a missing one). */
export async function findProject(teamId: string, projectId: string) {
  const project = await db().project.findFirst({ where: { id: projectId, teamId } });
  if (!project) throw new NotFound("The project");
  return project;
}

export async function getProject(teamId: string, projectId: string): Promise<ProjectDetail> {
  const p = await db().project.findFirst({
    where: { id: projectId, teamId },
    include: { scenes: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] } },
  });
  if (!p) throw new NotFound("The project");
  return {
    id: p.id,
    title: p.title,
    folderId: p.folderId,
    width: p.width,
    height: p.height,
    caption: p.caption,
    captionMode: p.captionMode,
    updatedAt: p.updatedAt.toISOString(),
    scenes: p.scenes.map(presentScene),
  };
}

export async function listProjects(teamId: string, filter: { q?: string; folder_id?: string }): Promise<ProjectListItem[]> {
  const rows = await db().project.findMany({
    where: {
      teamId,
      ...(filter.q ? { title: { contains: filter.q, mode: "insensitive" as const } } : {}),
      ...(filter.folder_id ? { folderId: filter.folder_id } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 200,
    include: {
      folder: { select: { id: true, name: true } },
      createdBy: { select: { name: true, email: true } },
      updatedBy: { select: { name: true, email: true } },
      _count: { select: { scenes: true } },
      videos: { where: { status: "completed" }, orderBy: { createdAt: "desc" }, take: 1, select: { outputs: true } },
    },
  });
  return Promise.all(
    rows.map(async (p) => {
      const thumb = (p.videos[0]?.outputs as VideoOutputs | null | undefined)?.thumbnail;
      return {
        id: p.id,
        title: p.title,
        folder: p.folder,
        createdBy: who(p.createdBy),
        updatedBy: who(p.updatedBy),
        createdAt: p.createdAt.toISOString(),
        updatedAt: p.updatedAt.toISOString(),
        scenes: p._count.scenes,
        thumbnailUrl: thumb ? await signedUrl(thumb) : null,
      };
    }),
  );
}

async function checkFolder(teamId: string, folderId: string | null | undefined): Promise<void> {
  if (!folderId) return;
  if (!(await db().folder.count({ where: { id: folderId, teamId } })))
    throw Invalid.field("folder_id", `no folder "${folderId}" in this team`);
}

/** A new project starts with one scene, so the editor always has something to edit. */
export async function createProject(
  teamId: string,
  userId: string,
  input: { title: string; folder_id?: string | null },
): Promise<ProjectDetail> {
  await checkFolder(teamId, input.folder_id);
  const p = await db().project.create({
    data: {
      teamId,
      title: input.title,
      folderId: input.folder_id ?? null,
      createdById: userId,
      updatedById: userId,
      scenes: {
        create: [
          { position: 0, character: json(NEW_SCENE.character), voice: json(NEW_SCENE.voice), background: json(NEW_SCENE.background) },
        ],
      },
    },
  });
  return getProject(teamId, p.id);
}

export async function updateProject(teamId: string, userId: string, projectId: string, input: UpdateProject): Promise<ProjectDetail> {
  await findProject(teamId, projectId);
  await checkFolder(teamId, input.folder_id);
  await db().project.update({
    where: { id: projectId },
    data: {
      title: input.title,
      folderId: input.folder_id,
      width: input.width,
      height: input.height,
      caption: input.caption,
      captionMode: input.caption_mode,
      updatedById: userId,
    },
  });
  return getProject(teamId, projectId);
}

/** Marks who last edited the project (any scene edit counts). */
export async function touchProject(tx: Tx, projectId: string, userId: string): Promise<void> {
  await tx.project.update({ where: { id: projectId }, data: { updatedById: userId } });
}

export async function duplicateProject(teamId: string, userId: string, projectId: string): Promise<ProjectDetail> {
  const src = await getProject(teamId, projectId);
  const copy = await db().project.create({
    data: {
      teamId,
      title: `${src.title} (copy)`.slice(0, 255),
      folderId: src.folderId,
      width: src.width,
      height: src.height,
      caption: src.caption,
      captionMode: src.captionMode,
      createdById: userId,
      updatedById: userId,
      scenes: {
        create: src.scenes.map((s, i) => ({
          position: i,
          character: s.character ? json(s.character) : undefined,
          voice: json(s.voice),
          background: json(s.background),
        })),
      },
    },
  });
  return getProject(teamId, copy.id);
}

/** Deletes the draft; its rendered videos stay in the team's Videos list (projectId set to null). */
export async function deleteProject(teamId: string, projectId: string): Promise<{ deleted: true }> {
  await findProject(teamId, projectId);
  await db().project.delete({ where: { id: projectId } });
  return { deleted: true };
}
