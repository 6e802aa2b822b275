import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type SecretName = "AUTH_SECRET" | "STORAGE_URL_SECRET" | "RENDER_CALLBACK_SECRET";

const fromEnv: Record<SecretName, () => string | undefined> = {
  AUTH_SECRET: () => env().authSecret,
  STORAGE_URL_SECRET: () => env().storageUrlSecret,
  RENDER_CALLBACK_SECRET: () => env().renderCallbackSecret,
};

const cache = new Map<SecretName, Promise<string>>();

// A secret set in the environment wins; otherwise one is generated once and kept in the database, so
// every web server and worker agrees on it. The insert races safely: the first writer wins.
export function getSecret(name: SecretName): Promise<string> {
  const configured = fromEnv[name]();
  if (configured) return Promise.resolve(configured);
  let pending = cache.get(name);
  if (!pending) {
    pending = (async () => {
      const candidate = randomBytes(32).toString("base64url");
      await db().$executeRaw`INSERT INTO "AppSecret" (name, value) VALUES (${name}, ${candidate}) ON CONFLICT (name) DO NOTHING`;
      const row = await db().appSecret.findUniqueOrThrow({ where: { name } });
      return row.value;
    })();
    pending.catch(() => cache.delete(name));
    cache.set(name, pending);
  }
  return pending;
}
