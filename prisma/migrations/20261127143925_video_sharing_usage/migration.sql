-- AlterTable
ALTER TABLE "Video" ADD COLUMN     "shareToken" TEXT,
ADD COLUMN     "sharedAt" TIMESTAMP(3),
ADD COLUMN     "sharedById" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Video_shareToken_key" ON "Video"("shareToken");

-- CreateIndex
CREATE INDEX "Video_teamId_completedAt_idx" ON "Video"("teamId", "completedAt");

