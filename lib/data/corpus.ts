import type { Kysely } from "kysely";
import type { ArticleBundle, ArticleListing } from "../articles/store";
import type { Article, Claim, PartialDate } from "../schema/article";
import type BetterSqlite3 from "better-sqlite3";
import { db, readyHandle, shared } from "./connection";
import type { Database } from "./schema";
import { forgetVersion, lastVersion, rememberVersion } from "./version-cache";

/**
 * The read side: the corpus as the app serves it (curated article, final claims), read from the
 * database and kept once per process for one corpus version. Every derived result is keyed on
 * that version (one cheap query per request), so a write by any process, the CLI or another
 * server on the same PostgreSQL, is seen on the next request.
 */
export interface Corpus {
  version: number;
  listing: ArticleListing[];
  bundles: ReadonlyMap<string, ArticleBundle>;
  /** Every served claim (not rejected), by article then position. */
  claims: Claim[];
}

export async function corpusVersion(k?: Kysely<Database>): Promise<number> {
  const row = await (k ?? (await db())).selectFrom("corpus").select("version").where("id", "=", 1).executeTakeFirstOrThrow();
  return Number(row.version);
}

async function readCorpus(k: Kysely<Database>): Promise<Corpus> {
  // One snapshot for the four reads, so a concurrent write is seen entirely or not at all.
  return k.transaction().setIsolationLevel("repeatable read").execute(async (trx) => {
    const version = await corpusVersion(trx);
    const articles = await trx.selectFrom("articles").selectAll().orderBy("slug").execute();
    const passages = await trx.selectFrom("passages").selectAll().orderBy("article").orderBy("ord").execute();
    const claimRows = await trx.selectFrom("claims").select(["article", "data", "note"]).where("status", "<>", "rejected").orderBy("article").orderBy("ord").execute();
    const curated = new Set((await trx.selectFrom("curations").select("article").execute()).map((r) => r.article));
    const byArticle = <T extends { article: string }>(rows: T[]) => {
      const m = new Map<string, T[]>();
      for (const r of rows) (m.get(r.article) ?? m.set(r.article, []).get(r.article)!).push(r);
      return m;
    };
    const ps = byArticle(passages);
    const cs = byArticle(claimRows);
    const bundles = new Map<string, ArticleBundle>();
    const listing: ArticleListing[] = [];
    const claims: Claim[] = [];
    for (const a of articles) {
      const published = a.published ? (JSON.parse(a.published) as PartialDate) : undefined;
      // Trusted rows written through the schema: rebuilt without a second validation pass.
      const article: Article = {
        slug: a.slug, title: a.title, lang: a.lang as Article["lang"],
        ...(a.source !== null ? { source: a.source } : {}), ...(a.url !== null ? { url: a.url } : {}),
        ...(published ? { published } : {}), ...(a.published_note !== null ? { publishedNote: a.published_note } : {}),
        text: a.text,
        passages: (ps.get(a.slug) ?? []).map((p) => ({
          id: p.id, start: Number(p.start_offset), end: Number(p.end_offset), text: p.text, paragraph: Number(p.paragraph),
          ...(p.gloss_en !== null ? { glossEn: p.gloss_en } : {}), ...(p.gloss_note !== null ? { glossNote: p.gloss_note } : {}),
        })),
        sha256: a.sha256,
      };
      const notes: Record<string, string> = {};
      const own = (cs.get(a.slug) ?? []).map((r) => {
        const c = JSON.parse(r.data) as Claim;
        if (r.note !== null) notes[c.id] = r.note;
        return c;
      });
      const bundle: ArticleBundle = { article, claims: own, notes, warnings: JSON.parse(a.warnings_json) as string[], curated: curated.has(a.slug) };
      bundles.set(a.slug, bundle);
      claims.push(...own);
      listing.push({
        slug: a.slug, title: article.title, lang: article.lang, passages: article.passages.length, claims: own.length, curated: bundle.curated,
        ...(article.source ? { source: article.source } : {}), ...(published ? { published } : {}),
      });
    }
    return { version, listing, bundles, claims };
  });
}

// Entries are keyed on the database and its version: tests switch databases whose versions coincide.
interface Cache {
  corpus?: { id: string; value: Promise<Corpus> };
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
  const k = await db();
  const id = await corpusId();
  const c = cache();
  if (c.corpus?.id !== id) {
    const value = readCorpus(k);
    c.corpus = { id, value };
    value.catch(() => c.corpus?.value === value && (c.corpus = undefined));
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
  c.derived.clear();
}

export async function listArticles(): Promise<ArticleListing[]> {
  return (await corpus()).listing;
}

export async function loadArticleBundle(slug: string): Promise<ArticleBundle | null> {
  return (await corpus()).bundles.get(slug) ?? null;
}

export async function loadAllClaims(): Promise<Claim[]> {
  return (await corpus()).claims;
}

