-- POST /v1/folders/{id}/trash and /restore.
ALTER TABLE "Folder" ADD COLUMN "trashedAt" TIMESTAMP(3);
