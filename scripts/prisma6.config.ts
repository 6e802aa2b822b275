// Prisma 6's CLI (wasm schema engine) writes and applies SQL migrations offline; Prisma 7's CLI would try to
// download a native engine. Used only by scripts/new-migration.mjs.
import { defineConfig } from "prisma6/config";
import { PrismaPg } from "@prisma/adapter-pg";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "../prisma/.schema6.prisma",
  migrations: { path: "../prisma/migrations" },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://localhost/unset" });
  },
});
