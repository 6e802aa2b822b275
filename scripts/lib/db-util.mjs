// Database helpers for the launcher and the test runner. `pg` is imported lazily (after npm install).

async function pgClient(url, extra = {}) {
  const { default: pg } = await import("pg");
  return new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000, ...extra });
}

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

/**
 * Connects to url; when the database does not exist (3D000), creates it through the `postgres` database
 * on the same server. Returns "exists" or "created".
 */
export async function createDatabaseIfMissing(url) {
  const client = await pgClient(url);
  try {
    await client.connect();
    return "exists";
  } catch (err) {
    if (err.code !== "3D000") throw err;
  } finally {
    await client.end().catch(() => {});
  }
  const admin = await pgClient(withDatabase(url, "postgres"));
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${databaseName(url).replace(/"/g, '""')}"`).catch((err) => {
      if (err.code !== "42P04") throw err;
    });
    return "created";
  } finally {
    await admin.end().catch(() => {});
  }
}

/** Drops every non-system schema (public, pgboss, ...) and recreates an empty public schema. */
export async function resetDatabase(url) {
  const client = await pgClient(url);
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT nspname FROM pg_namespace
       WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'`,
    );
    for (const { nspname } of rows) await client.query(`DROP SCHEMA "${nspname.replace(/"/g, '""')}" CASCADE`);
    await client.query("CREATE SCHEMA public");
  } finally {
    await client.end().catch(() => {});
  }
}

/** True when a login to url works within timeoutMs. */
export async function canConnect(url, timeoutMs = 3000) {
  const client = await pgClient(url, { connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export { withDatabase };
