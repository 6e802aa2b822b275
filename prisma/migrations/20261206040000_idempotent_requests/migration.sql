-- v3's Idempotency-Key: the answer of a mutation, replayed for 24 hours (HEYGEN-V3.md 1.5).
CREATE TABLE "IdempotentRequest" (
    "teamId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "status" INTEGER,
    "body" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotentRequest_pkey" PRIMARY KEY ("teamId","scope","key")
);

CREATE INDEX "IdempotentRequest_createdAt_idx" ON "IdempotentRequest"("createdAt");

ALTER TABLE "IdempotentRequest" ADD CONSTRAINT "IdempotentRequest_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
