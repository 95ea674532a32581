import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * A new, empty database on the server of `url` (named atlas_test_<random>), so each test run
 * starts from nothing; returns its URL. Test databases are left for the throwaway cluster's
 * teardown (.ci/run) to remove with it.
 */
export async function freshPostgresDatabase(url: string): Promise<string> {
  const name = `atlas_test_${randomBytes(5).toString("hex")}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create database ${name}`); // name is ours: hex only
  } finally {
    await client.end();
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
