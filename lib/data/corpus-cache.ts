import "server-only";
import type BetterSqlite3 from "better-sqlite3";
import type { ArticleListing } from "../articles/store";
import { type Handle, handle, readyHandle, shared } from "./connection";
import { forgetChanges } from "./corpus-changes";
import { type Corpus, corpusVersion, readCorpus } from "./corpus-read";
import { forgetVersion, lastVersion, rememberVersion } from "./version-cache";

/**
 * The corpus kept once per process for the database's current version, and the results derived
 * from it (see corpus.ts).
 */
// Entries are keyed on the database and its version: tests switch databases whose versions coincide.
interface Cache {
  corpus?: { id: string; value: Promise<Corpus> };
  /**
   * The last corpus read and the connection it came through: the next version is patched from
   * it. Keyed on the open handle, not the path: a database recreated at the same path is new.
   */
  last?: { handle: Handle; value: Corpus };
  derived: Map<string, { id: string; value: Promise<unknown> }>;
}
const KEY = Symbol.for("allegiance-atlas.corpus-cache");
const g = globalThis as unknown as { [KEY]?: Cache };
const cache = (): Cache => (g[KEY] ??= { derived: new Map() });

const versionStatements = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement>();

/**
 * The database and version the corpus is at: what every cached result is checked against, on
 * every request. On an open SQLite store it is read synchronously through a prepared statement
 * (microseconds): through Kysely's async driver the same query halved the layer routes'
 * throughput (bench: /api/layers/events at 0.43x of a static file).
 */
export function corpusId(): string | Promise<string> {
  const key = shared().key;
  const last = lastVersion();
  const now = Date.now();
  if (last && last.key === key && now - last.at < VERSION_TTL_MS) return last.id;
  const h = readyHandle();
  if (h?.sqlite) {
    let st = versionStatements.get(h.sqlite);
    if (!st) versionStatements.set(h.sqlite, (st = h.sqlite.prepare("select version from corpus where id = 1")));
    const id = `${key}#${(st.get() as { version: number }).version}`;
    rememberVersion({ key, id, at: now });
    return id;
  }
  return corpusVersion().then((v) => {
    const id = `${key}#${v}`;
    rememberVersion({ key, id, at: Date.now() });
    return id;
  });
}

/**
 * Under load the version is read at most once per VERSION_TTL_MS per process: 50 clients asking
 * for a layer share one read (even a prepared statement costs ~35 µs on a loaded machine, a
 * fifth of a cached layer response). A write is seen by every request that starts 25 ms after
 * its commit, and by any process, since the version lives in the database.
 */
const VERSION_TTL_MS = 25;

/** The corpus for the database's current version; read again only when the version moved. */
export async function corpus(): Promise<Corpus> {
  const h = await handle();
  const k = h.db;
  const id = await corpusId();
  const c = cache();
  if (c.corpus?.id !== id) {
    const value = readCorpus(k, c.last?.handle === h ? c.last.value : undefined);
    c.corpus = { id, value };
    value.then(
      (v) => {
        if (c.last?.handle !== h || c.last.value.version < v.version) c.last = { handle: h, value: v };
      },
      () => c.corpus?.value === value && (c.corpus = undefined),
    );
  }
  return c.corpus.value;
}

/**
 * A result derived from the corpus (layers, dashboard inputs, country mentions), built once per
 * corpus version and shared by every Next entry of the process (kept on globalThis).
 */
export async function derived<T>(name: string, build: (c: Corpus) => T | Promise<T>): Promise<T> {
  const c = await corpus();
  const id = cache().corpus?.id ?? "";
  const d = cache().derived;
  const hit = d.get(name);
  if (hit && hit.id === id) return hit.value as Promise<T>;
  const value = Promise.resolve().then(() => build(c));
  d.set(name, { id, value });
  value.catch(() => d.get(name)?.value === value && d.delete(name));
  return value;
}

/** Forgets every cached read (tests that switch databases). */
export function forgetCorpus(): void {
  forgetVersion();
  const c = cache();
  c.corpus = undefined;
  c.last = undefined;
  forgetChanges();
  c.derived.clear();
}

export async function listArticles(): Promise<ArticleListing[]> {
  return (await corpus()).listing;
}
