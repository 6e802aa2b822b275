import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per process; kept on globalThis so Next's dev reloads do not open a pool per edit.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function create(): PrismaClient {
  const url = env().databaseUrl;
  if (!url) throw new Error("DATABASE_URL is not set: start the product with `npm start`, which provides one.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
}

export function db(): PrismaClient {
  globalForDb.prisma ??= create();
  return globalForDb.prisma;
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
