-- CreateTable
CREATE TABLE "SpeechKey" (
    "teamId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "apiKeyCipher" TEXT NOT NULL,
    "baseUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpeechKey_pkey" PRIMARY KEY ("teamId","provider")
);

-- AddForeignKey
ALTER TABLE "SpeechKey" ADD CONSTRAINT "SpeechKey_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

