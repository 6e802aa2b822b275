-- CreateEnum
CREATE TYPE "VideoProvider" AS ENUM ('local', 'heygen');

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "provider" "VideoProvider" NOT NULL DEFAULT 'local';

-- AlterTable
ALTER TABLE "Asset" ADD COLUMN     "upstreamAssetId" TEXT,
ADD COLUMN     "upstreamBaseUrl" TEXT;

-- AlterTable
ALTER TABLE "Video" ADD COLUMN     "provider" "VideoProvider" NOT NULL DEFAULT 'local',
ADD COLUMN     "upstreamBaseUrl" TEXT,
ADD COLUMN     "upstreamVideoId" TEXT;

-- CreateTable
CREATE TABLE "HeygenConnection" (
    "teamId" TEXT NOT NULL,
    "baseUrl" TEXT NOT NULL,
    "apiKeyCipher" TEXT NOT NULL,
    "endpointId" TEXT,
    "webhookSecretCipher" TEXT,
    "callbackUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HeygenConnection_pkey" PRIMARY KEY ("teamId")
);

-- CreateIndex
CREATE INDEX "Video_teamId_upstreamVideoId_idx" ON "Video"("teamId", "upstreamVideoId");

-- AddForeignKey
ALTER TABLE "HeygenConnection" ADD CONSTRAINT "HeygenConnection_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

