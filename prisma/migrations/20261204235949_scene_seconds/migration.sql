-- AlterTable
ALTER TABLE "Video" ADD COLUMN     "sceneSeconds" JSONB NOT NULL DEFAULT '{}';

