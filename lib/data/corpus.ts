import type { Kysely } from "kysely";
import type { ArticleBundle, ArticleListing } from "../articles/store";
import type { Article, Claim, PartialDate } from "../schema/article";
import type BetterSqlite3 from "better-sqlite3";
import { db, type Handle, handle, readyHandle, shared } from "./connection";
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
  /** Every served claim (accepted: issue 15 §3, the public sees reviewed claims only), by article then position. */
  claims: Claim[];
  /** Proposed claims, not yet reviewed: for signed-in editors' "show unreviewed" only. */
  unreviewed: Claim[];
}

export async function corpusVersion(k?: Kysely<Database>): Promise<number> {
  const row = await (k ?? (await db())).selectFrom("corpus").select("version").where("id", "=", 1).executeTakeFirstOrThrow();
  return Number(row.version);
}

type Trx = Kysely<Database>;

/** The bundles and listing entries of some articles (all when `slugs` is undefined), by slug. */
async function readArticles(trx: Trx, slugs?: readonly string[]): Promise<Map<string, { bundle: ArticleBundle; listing: ArticleListing }>> {
  const some = slugs !== undefined;
  const articles = await trx.selectFrom("articles").selectAll().$if(some, (q) => q.where("slug", "in", slugs!)).orderBy("slug").execute();
  const passages = await trx.selectFrom("passages").selectAll().$if(some, (q) => q.where("article", "in", slugs!)).orderBy("article").orderBy("ord").execute();
  const claimRows = await trx
    .selectFrom("claims")
    .select(["article", "data", "note", "status"])
    .where("status", "<>", "rejected")
    .$if(some, (q) => q.where("article", "in", slugs!))
    .orderBy("article")
    .orderBy("ord")
    .execute();
  const curated = new Set((await trx.selectFrom("curations").select("article").$if(some, (q) => q.where("article", "in", slugs!)).execute()).map((r) => r.article));
  const byArticle = <T extends { article: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) (m.get(r.article) ?? m.set(r.article, []).get(r.article)!).push(r);
    return m;
  };
  const ps = byArticle(passages);
  const cs = byArticle(claimRows);
  const out = new Map<string, { bundle: ArticleBundle; listing: ArticleListing }>();
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
    const own: Claim[] = [];
    const proposed: Claim[] = [];
    for (const r of cs.get(a.slug) ?? []) {
      const c = JSON.parse(r.data) as Claim;
      if (r.note !== null) notes[c.id] = r.note;
      (r.status === "accepted" ? own : proposed).push(c);
    }
    const bundle: ArticleBundle = { article, claims: own, proposed, notes, warnings: JSON.parse(a.warnings_json) as string[], curated: curated.has(a.slug) };
    out.set(a.slug, {
      bundle,
      listing: {
        slug: a.slug, title: article.title, lang: article.lang, passages: article.passages.length, claims: own.length, curated: bundle.curated,
        ...(article.source ? { source: article.source } : {}), ...(published ? { published } : {}),
      },
    });
  }
  return out;
}

/** The corpus from bundles and listing entries in slug order (claims by article, then position). */
function assemble(version: number, listing: ArticleListing[], bundles: Map<string, ArticleBundle>): Corpus {
  const claims: Claim[] = [];
  const unreviewed: Claim[] = [];
  for (const l of listing) {
    const b = bundles.get(l.slug);
    for (const c of b?.claims ?? []) claims.push(c);
    for (const c of b?.proposed ?? []) unreviewed.push(c);
  }
  return { version, listing, bundles, claims, unreviewed };
}

/** More changed articles than this and reading everything again is as cheap as patching. */
const MAX_PATCHED = 500;

/**
 * The articles changed after version `since` up to `version`, or null when the change rows do
 * not account for every version in between (a bulk load, or rows already pruned).
 */
async function changedSince(trx: Trx, since: number, version: number): Promise<string[] | null> {
  if (version - since > MAX_PATCHED) return null;
  const rows = await trx.selectFrom("corpus_changes").select(["version", "article"]).where("version", ">", since).where("version", "<=", version).execute();
  if (new Set(rows.map((r) => Number(r.version))).size !== version - since) return null;
  const slugs = [...new Set(rows.map((r) => r.article))];
  return slugs.length > MAX_PATCHED ? null : slugs;
}

/**
 * Reads the corpus: only the articles changed since `previous` when it is given and the change
 * rows cover every version since (ingesting one article re-reads that one article), else all.
 */
async function readCorpus(k: Kysely<Database>, previous?: Corpus): Promise<Corpus> {
  // One snapshot for every read, so a concurrent write is seen entirely or not at all.
  return k.transaction().setIsolationLevel("repeatable read").execute(async (trx) => {
    const version = await corpusVersion(trx);
    if (previous && previous.version === version) return previous;
    const changed = previous && previous.version < version ? await changedSince(trx, previous.version, version) : null;
    if (!previous || !changed) {
      const all = await readArticles(trx);
      return assemble(version, [...all.values()].map((e) => e.listing), new Map([...all].map(([slug, e]) => [slug, e.bundle])));
    }
    const fresh = await readArticles(trx, changed);
    const bundles = new Map(previous.bundles);
    for (const slug of changed) {
      const e = fresh.get(slug);
      if (e) bundles.set(slug, e.bundle);
      else bundles.delete(slug); // deleted since
    }
    const gone = new Set(changed);
    const listing = [...previous.listing.filter((l) => !gone.has(l.slug)), ...[...fresh.values()].map((e) => e.listing)];
    // The same order as a full read (`order by slug`, byte order in both databases).
    listing.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    return assemble(version, listing, bundles);
  });
}

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

