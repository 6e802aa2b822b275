-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "rateLimits" JSONB,
ADD COLUMN     "storageLimitBytes" BIGINT;

