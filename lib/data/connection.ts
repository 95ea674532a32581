import "server-only";
import { mkdirSync } from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { Pool } from "pg";
import { databaseUrl, dataDir, describeUrl, sqliteFile } from "./env";
import { DataError } from "./errors";
import { type Dialect, migrate } from "./migrations";
import type { Database } from "./schema";
import { seedIfNeeded } from "./seed";
import { forgetVersion } from "./version-cache";

/**
 * The one connection of the process, opened, checked and migrated on first use (by the server
 * as by the CLI), and seeded when the database is new.
 *
 * Kept on globalThis: Next bundles proxy.ts, every route and the pages separately, and each
 * bundle would otherwise open its own connection and keep its own caches.
 */
export interface Handle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The database's place, without credentials, for messages. */
  where: string;
  /** better-sqlite3's own handle, for the online backup. */
  sqlite?: BetterSqlite3.Database;
}

interface Shared {
  key?: string;
  handle?: Promise<Handle>;
  /** The same handle once open, for the synchronous version check (readyHandle). */
  ready?: Handle;
  logged: Set<string>;
}
const KEY = Symbol.for("allegiance-atlas.data");
const g = globalThis as unknown as { [KEY]?: Shared };
export const shared = (): Shared => (g[KEY] ??= { logged: new Set() });

const configKey = () => databaseUrl() ?? `sqlite:${sqliteFile()}`;

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split("\n")[0] ?? "";
}

function openSqlite(): Handle {
  const file = sqliteFile();
  try {
    mkdirSync(dataDir(), { recursive: true });
  } catch (e) {
    throw new DataError(`cannot create the data directory ${dataDir()}: ${firstLine(e)}`);
  }
  let sqlite: BetterSqlite3.Database;
  try {
    // timeout: how long a writer waits for another process's write lock (busy_timeout).
    sqlite = new BetterSqlite3(file, { timeout: 15_000 });
    sqlite.prepare("select count(*) from sqlite_master").get();
  } catch (e) {
    throw new DataError(`${file} cannot be opened as a SQLite database (${firstLine(e)}); move it away or set ATLAS_DATA_DIR elsewhere`);
  }
  sqlite.pragma("foreign_keys = ON");
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), dialect: "sqlite", where: file, sqlite };
}

async function openPostgres(url: string): Promise<Handle> {
  const where = `PostgreSQL at ${describeUrl(url)}`;
  const pool = new Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 5_000 });
  // An idle client's error (the server restarting) must not crash the process; the next query reconnects.
  pool.on("error", (e) => logOnce(`${where}: ${firstLine(e)}`));
  try {
    const c = await pool.connect();
    c.release();
  } catch (e) {
    await pool.end().catch(() => {});
    throw new DataError(`cannot reach ${where}: ${firstLine(e) || (e as { code?: string }).code || "connection failed"}`);
  }
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: "postgres", where };
}

/**
 * Kysely takes an advisory lock around PostgreSQL migrations but none for SQLite (it assumes one
 * connection), so processes opening a new file at once (the server and an ingest) would each
 * create the tables. A write transaction taken first makes the others wait (busy_timeout) and
 * then find the schema already there; SQLite's DDL is transactional, so a failure leaves nothing.
 */
async function migrateExclusively(h: Handle): Promise<void> {
  if (!h.sqlite) return migrate(h.db as Kysely<unknown>, h.dialect, h.where);
  h.sqlite.exec("BEGIN IMMEDIATE");
  try {
    await migrate(h.db as Kysely<unknown>, h.dialect, h.where);
    h.sqlite.exec("COMMIT");
  } catch (e) {
    if (h.sqlite.inTransaction) h.sqlite.exec("ROLLBACK");
    throw e;
  }
}

async function open(): Promise<Handle> {
  const url = databaseUrl();
  const h = url ? await openPostgres(url) : openSqlite();
  try {
    await migrateExclusively(h);
    // After the checks, so a foreign or newer file is left exactly as it was.
    h.sqlite?.pragma("journal_mode = WAL");
    await seedIfNeeded(h.db);
  } catch (e) {
    await h.db.destroy().catch(() => {});
    if (e instanceof DataError) throw e;
    throw new DataError(`${h.where}: ${firstLine(e)}`);
  }
  return h;
}

/** The connection for the current ATLAS_DATA_DIR / DATABASE_URL (tests switch between them). */
export function handle(): Promise<Handle> {
  const s = shared();
  const key = configKey();
  if (s.handle && s.key === key) return s.handle;
  const old = s.handle;
  s.key = key;
  s.ready = undefined;
  s.handle = (async () => {
    if (old) await closeHandle(old);
    const h = await open();
    if (s.key === key) s.ready = h;
    return h;
  })();
  // A failed open is not kept: the next request tries again (the database may come back).
  s.handle.catch((e) => {
    if (s.key === key) s.handle = undefined;
    // The server logs it (once); the CLI prints it as its own one-line error instead.
    if (process.env.NEXT_RUNTIME) logOnce(firstLine(e));
  });
  return s.handle;
}

/** The open handle for the current configuration, if it is open already (no waiting). */
export function readyHandle(): Handle | undefined {
  const s = shared();
  return s.ready && s.key === configKey() ? s.ready : undefined;
}

export async function db(): Promise<Kysely<Database>> {
  return (await handle()).db;
}

async function closeHandle(p: Promise<Handle>): Promise<void> {
  try {
    await (await p).db.destroy();
  } catch {
    // it never opened
  }
}

/** Closes the connection (the CLI, so the process can exit; tests between data dirs). */
export async function closeDb(): Promise<void> {
  const s = shared();
  const p = s.handle;
  s.handle = undefined;
  s.ready = undefined;
  s.key = undefined;
  forgetVersion();
  if (p) await closeHandle(p);
}

/** Logs a store problem once per process, not once per request. */
function logOnce(msg: string): void {
  const s = shared();
  if (s.logged.has(msg)) return;
  s.logged.add(msg);
  console.error(`atlas data: ${msg}`);
}
