import "server-only";
import pg from "pg";

/**
 * A connection pool on the site's PostgreSQL database (DATABASE_URL), the
 * same for every part that keeps data there (subscribers, the search index).
 * Opening is synchronous: nothing connects until the first query.
 */
export function openPostgresPool(
  connectionString: string,
  { what, max }: { what: string; max: number },
): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    // A database that does not answer fails a request (and /healthz) instead of hanging it.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    max,
  });
  // A pooled connection that dies while idle (database restart) is dropped by
  // the pool; without a listener the 'error' event would crash the process.
  pool.on("error", (error) => console.error(`${what}: ${error.message}`));
  return pool;
}
