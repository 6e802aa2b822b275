-- CreateTable
CREATE TABLE "TalkingPhoto" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "faceX" DOUBLE PRECISION NOT NULL,
    "faceY" DOUBLE PRECISION NOT NULL,
    "faceHeight" DOUBLE PRECISION NOT NULL,
    "warnings" TEXT[],
    "createdById" TEXT,
    "apiKeyId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "TalkingPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TalkingPhoto_teamId_deletedAt_createdAt_idx" ON "TalkingPhoto"("teamId", "deletedAt", "createdAt");

-- CreateIndex
CREATE INDEX "TalkingPhoto_sha256_idx" ON "TalkingPhoto"("sha256");

-- AddForeignKey
ALTER TABLE "TalkingPhoto" ADD CONSTRAINT "TalkingPhoto_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

