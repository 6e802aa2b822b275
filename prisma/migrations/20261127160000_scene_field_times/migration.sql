-- Last-write-wins per field of a scene (a key of character, voice or background), not per part.
ALTER TABLE "ProjectScene" ADD COLUMN "fieldTimes" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "ProjectScene" DROP COLUMN "characterAt",
DROP COLUMN "voiceAt",
DROP COLUMN "backgroundAt";
