-- AlterTable
ALTER TABLE "WebhookEndpoint" ADD COLUMN     "rotateKey" TEXT,
ADD COLUMN     "rotatedAt" TIMESTAMP(3);

