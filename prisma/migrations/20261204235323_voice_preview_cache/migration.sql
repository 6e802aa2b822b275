-- CreateTable
CREATE TABLE "VoicePreview" (
    "key" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "lastUsedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VoicePreview_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "VoicePreview_lastUsedAt_idx" ON "VoicePreview"("lastUsedAt");

