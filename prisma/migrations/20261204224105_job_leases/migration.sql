-- AlterTable
ALTER TABLE "Video" ADD COLUMN     "scenesRendered" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- CreateTable
CREATE TABLE "JobLease" (
    "jobId" TEXT NOT NULL,
    "queue" TEXT NOT NULL,
    "workerId" TEXT NOT NULL,
    "renewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("jobId")
);

-- CreateIndex
CREATE INDEX "JobLease_renewedAt_idx" ON "JobLease"("renewedAt");

