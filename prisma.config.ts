import { defineConfig } from "prisma/config";

// Prisma 7 is used for `generate` only (migrations are committed SQL, see scripts/migrate.mjs), so the
// URL is optional here: generating the client must work without a database.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unset" },
});
