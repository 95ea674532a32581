import "server-only";
import type { Kysely } from "kysely";
import type { ArticleBundle, ArticleListing } from "../articles/store";
import type { Article, Claim, PartialDate } from "../schema/article";
import type BetterSqlite3 from "better-sqlite3";
import { db, type Handle, handle, readyHandle, shared } from "./connection";
import type { ClaimStatus, Database } from "./schema";
import { forgetVersion, lastVersion, rememberVersion } from "./version-cache";

/**
 * The read side: the corpus as the app serves it, read from the database and kept once per
 * process for one corpus version. What stays in memory is what every view aggregates: the
 * articles' listing and each served claim's facts (kind, places, groups, countries, date,
 * status, and its passage and quoted span for provenance; no other text). Article texts, passages and whole claims are read from the database when a
 * page needs them: holding all of them made the server 1.35 GB at 200,000 claims. Every derived
 * result is keyed on the version (one cheap query per request), so a write by any process, the
 * CLI or another server on the same PostgreSQL, is seen on the next request.
 */
export type ClaimFact = Pick<
  Claim,
  "id" | "article" | "passageId" | "quote" | "span" | "kind" | "certainty" | "actors" | "fromActor" | "toActor" | "places" | "countries" | "quantity" | "date"
> & {
  status: ClaimStatus;
};

export interface Corpus {
  version: number;
  /** Unique per corpus object in this process (a database switch included): what changedSince counts from. */
  serial: number;
  listing: ArticleListing[];
  /** Every served claim's facts (accepted: issue 15 §3, the public sees reviewed claims only), by article then position. */
  claims: ClaimFact[];
  /** Proposed claims' facts, not yet reviewed: for signed-in editors' "show unreviewed" only. */
  unreviewed: ClaimFact[];
  /** Every non-rejected claim's facts (accepted and proposed: see `status`), by article. */
  byArticle: ReadonlyMap<string, ClaimFact[]>;
}

export async function corpusVersion(k?: Kysely<Database>): Promise<number> {
  const row = await (k ?? (await db())).selectFrom("corpus").select("version").where("id", "=", 1).executeTakeFirstOrThrow();
  return Number(row.version);
}

type Trx = Kysely<Database>;

/**
 * One object per distinct value: 200,000 claims repeat a few thousand ids, and most of their
 * place lists, country lists and dates are the same few thousand values (facts are never
 * mutated, so they can share them).
 */
type Interner = { <T extends string>(s: T): T; shared<T>(key: string, make: () => T): T };
function interner(): Interner {
  const seen = new Map<string, unknown>();
  const i = (<T extends string>(s: T): T => (seen.get(s) as T) ?? (seen.set(s, s), s)) as Interner;
  i.shared = <T>(key: string, make: () => T): T => {
    const k = `\u0000${key}`;
    let v = seen.get(k) as T | undefined;
    if (v === undefined) seen.set(k, (v = make()));
    return v;
  };
  return i;
}

/** A claim's facts, without its quote, summary or anything else only a page of rows shows. */
function factOf(c: Claim, status: ClaimStatus, i: Interner): ClaimFact {
  const q = c.quantity;
  return {
    id: c.id,
    article: i(c.article),
    passageId: i(c.passageId),
    quote: c.quote,
    span: i.shared(`s${c.span.start}-${c.span.end}`, () => c.span),
    kind: i(c.kind) as Claim["kind"],
    certainty: c.certainty,
    actors: i.shared(`a${c.actors.join(",")}`, () => c.actors.map(i)),
    ...(c.fromActor ? { fromActor: i(c.fromActor) } : {}),
    ...(c.toActor ? { toActor: i(c.toActor) } : {}),
    places: i.shared(`p${c.places.map((p) => `${p.placeId}/${p.precision}`).join(",")}`, () => c.places.map((p) => ({ placeId: i(p.placeId), precision: p.precision }))),
    countries: i.shared(`c${c.countries.join(",")}`, () => c.countries.map(i) as Claim["countries"]),
    // Only a stated share is aggregated (lib/view/figures); other quantities stay in the row.
    ...(q?.unit === "percent" ? { quantity: q } : {}),
    ...(c.date ? { date: i.shared(`d${c.date.value}/${c.date.precision}/${c.date.inferred}`, () => c.date!) } : {}),
    status,
  };
}

/** Rows per query when reading every claim: the whole table at once held its JSON twice over. */
const FACT_CHUNK = 5_000;

/** The facts of some articles' served claims (all when `slugs` is undefined), by article. */
async function readFacts(trx: Trx, slugs?: readonly string[]): Promise<Map<string, ClaimFact[]>> {
  const out = new Map<string, ClaimFact[]>();
  const i = interner();
  let after: { article: string; ord: number } | null = null;
  for (;;) {
    const from: { article: string; ord: number } | null = after;
    const rows: { article: string; ord: number; status: ClaimStatus; data: string }[] = await trx
      .selectFrom("claims")
      .select(["article", "ord", "status", "data"])
      .where("status", "<>", "rejected")
      .$if(slugs !== undefined, (q) => q.where("article", "in", slugs!))
      .$if(from !== null, (q) => q.where((eb) => eb.or([eb("article", ">", from!.article), eb.and([eb("article", "=", from!.article), eb("ord", ">", from!.ord)])])))
      .orderBy("article")
      .orderBy("ord")
      .limit(FACT_CHUNK)
      .execute();
    for (const r of rows) {
      const f = factOf(JSON.parse(r.data) as Claim, r.status, i);
      (out.get(f.article) ?? out.set(f.article, []).get(f.article)!).push(f);
    }
    if (rows.length < FACT_CHUNK) return out;
    const last = rows[rows.length - 1]!;

    after = { article: last.article, ord: Number(last.ord) };
  }
}

/** The listing entries of some articles (all when `slugs` is undefined), by slug. */
async function readListing(trx: Trx, slugs?: readonly string[]): Promise<Map<string, ArticleListing>> {
  const some = slugs !== undefined;
  const articles = await trx
    .selectFrom("articles")
    .select(["slug", "title", "lang", "source", "published"])
    .$if(some, (q) => q.where("slug", "in", slugs!))
    .orderBy("slug")
    .execute();
  const count = async (table: "passages" | "claims") => {
    const rows = await trx
      .selectFrom(table)
      .select((eb) => ["article", eb.fn.countAll<number>().as("n")])
      .$if(table === "claims", (q) => q.where("status" as never, "=", "accepted" as never))
      .$if(some, (q) => q.where("article", "in", slugs!))
      .groupBy("article")
      .execute();
    return new Map(rows.map((r) => [r.article, Number(r.n)]));
  };
  const passages = await count("passages");
  const claims = await count("claims");
  const curated = new Set(
    (
      await trx
        .selectFrom("curations")
        .select("article")
        .$if(some, (q) => q.where("article", "in", slugs!))
        .execute()
    ).map((r) => r.article),
  );
  const out = new Map<string, ArticleListing>();
  for (const a of articles) {
    const published = a.published ? (JSON.parse(a.published) as PartialDate) : undefined;
    out.set(a.slug, {
      slug: a.slug,
      title: a.title,
      lang: a.lang as Article["lang"],
      passages: passages.get(a.slug) ?? 0,
      claims: claims.get(a.slug) ?? 0,
      curated: curated.has(a.slug),
      ...(a.source !== null ? { source: a.source } : {}),
      ...(published ? { published } : {}),
    });
  }
  return out;
}

/** Whole articles with their passages and served claims, by slug (a page's read, not the corpus's). */
async function readBundles(trx: Trx, slugs: readonly string[]): Promise<Map<string, ArticleBundle>> {
  const out = new Map<string, ArticleBundle>();
  if (!slugs.length) return out;
  const articles = await trx.selectFrom("articles").selectAll().where("slug", "in", slugs).orderBy("slug").execute();
  const passages = await trx.selectFrom("passages").selectAll().where("article", "in", slugs).orderBy("article").orderBy("ord").execute();
  const claimRows = await trx
    .selectFrom("claims")
    .select(["article", "data", "note", "status"])
    .where("status", "<>", "rejected")
    .where("article", "in", slugs)
    .orderBy("article")
    .orderBy("ord")
    .execute();
  const curated = new Set((await trx.selectFrom("curations").select("article").where("article", "in", slugs).execute()).map((r) => r.article));
  const byArticle = <T extends { article: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) (m.get(r.article) ?? m.set(r.article, []).get(r.article)!).push(r);
    return m;
  };
  const ps = byArticle(passages);
  const cs = byArticle(claimRows);
  for (const a of articles) {
    const published = a.published ? (JSON.parse(a.published) as PartialDate) : undefined;
    // Trusted rows written through the schema: rebuilt without a second validation pass.
    const article: Article = {
      slug: a.slug,
      title: a.title,
      lang: a.lang as Article["lang"],
      ...(a.source !== null ? { source: a.source } : {}),
      ...(a.url !== null ? { url: a.url } : {}),
      ...(published ? { published } : {}),
      ...(a.published_note !== null ? { publishedNote: a.published_note } : {}),
      text: a.text,
      passages: (ps.get(a.slug) ?? []).map((p) => ({
        id: p.id,
        start: Number(p.start_offset),
        end: Number(p.end_offset),
        text: p.text,
        paragraph: Number(p.paragraph),
        ...(p.gloss_en !== null ? { glossEn: p.gloss_en } : {}),
        ...(p.gloss_note !== null ? { glossNote: p.gloss_note } : {}),
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
    out.set(a.slug, { article, claims: own, proposed, notes, warnings: JSON.parse(a.warnings_json) as string[], curated: curated.has(a.slug) });
  }
  return out;
}

let serials = 0;

/**
 * The corpus from listing entries in slug order and facts by article. The flat claim lists are
 * made on first use: a write's readers (aggregates, layers, the unfiltered model) patch by
 * article and never ask, and 200,000 pushes per version were a tenth of ingest-one.
 */
function assemble(version: number, listing: ArticleListing[], byArticle: Map<string, ClaimFact[]>): Corpus {
  // Every article has an entry, claims or none: it is how the read side knows an article exists.
  for (const l of listing) if (!byArticle.has(l.slug)) byArticle.set(l.slug, []);
  let split: { claims: ClaimFact[]; unreviewed: ClaimFact[] } | undefined;
  const lists = () => {
    if (split) return split;
    split = { claims: [], unreviewed: [] };
    for (const l of listing) for (const c of byArticle.get(l.slug)!) (c.status === "accepted" ? split.claims : split.unreviewed).push(c);
    return split;
  };
  return {
    version,
    serial: ++serials,
    listing,
    byArticle,
    get claims() {
      return lists().claims;
    },
    get unreviewed() {
      return lists().unreviewed;
    },
  };
}

/** More changed articles than this and reading everything again is as cheap as patching. */
const MAX_PATCHED = 500;

/**
 * The articles changed after version `since` up to `version`, or null when the change rows do
 * not account for every version in between (a bulk load, or rows already pruned).
 */
async function changedRows(trx: Trx, since: number, version: number): Promise<string[] | null> {
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
  return k
    .transaction()
    .setIsolationLevel("repeatable read")
    .execute(async (trx) => {
      const version = await corpusVersion(trx);
      if (previous && previous.version === version) return previous;
      const changed = previous && previous.version < version ? await changedRows(trx, previous.version, version) : null;
      if (!previous || !changed) {
        const listing = await readListing(trx);
        return assemble(version, [...listing.values()], await readFacts(trx));
      }
      const next = await patchCorpus(trx, previous, version, changed);
      logChange(previous.serial, next.serial, changed);
      return next;
    });
}

/** The corpus at `version` from `previous` and the articles changed in between. */
async function patchCorpus(trx: Trx, previous: Corpus, version: number, changed: string[]): Promise<Corpus> {
  const fresh = await readListing(trx, changed);
  const facts = await readFacts(trx, changed);
  const byArticle = new Map(previous.byArticle);
  for (const slug of changed) {
    if (fresh.has(slug)) byArticle.set(slug, facts.get(slug) ?? []);
    else byArticle.delete(slug); // deleted since
  }
  const gone = new Set(changed);
  const listing = [...previous.listing.filter((l) => !gone.has(l.slug)), ...fresh.values()];
  // The same order as a full read (`order by slug`, byte order in both databases).
  listing.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return assemble(version, listing, byArticle);
}

/** Steps kept for changedSince: a reader further behind diffs every article instead. */
const LOGGED = 64;

function logChange(from: number, to: number, slugs: readonly string[]): void {
  const log = (cache().log ??= []);
  log.push({ from, to, slugs });
  if (log.length > LOGGED) log.shift();
}

/**
 * The articles whose facts may differ between the corpus with serial `from` and `c` (added,
 * replaced or deleted), or null when that is not known (a full read in between, a step too
 * old, another database): then the caller compares every article. What lets each reader of a
 * write patch by the changed articles instead of walking 10,000 of them per version.
 */
export function changedSince(c: Corpus, from: number | undefined): readonly string[] | null {
  if (from === undefined) return null;
  if (from === c.serial) return [];
  const log = cache().log ?? [];
  const out = new Set<string>();
  let at = from;
  for (const step of log) {
    if (step.from !== at) continue;
    for (const s of step.slugs) out.add(s);
    at = step.to;
    if (at === c.serial) return [...out];
  }
  return null;
}

/**
 * The articles a reader that last counted the corpus with serial `from` must take out and count
 * again: those whose facts array is not the one it counted (`counted`), or that it counted and
 * the corpus no longer has. From the change log when it reaches back that far, else by
 * comparing every article (the same answer, slower).
 */
export function articlesToRecount(c: Corpus, from: number | undefined, counted: ReadonlyMap<string, { facts: readonly ClaimFact[] }>): string[] {
  const differs = (slug: string) => counted.get(slug)?.facts !== c.byArticle.get(slug);
  const known = changedSince(c, from);
  if (known) return known.filter(differs);
  const out: string[] = [];
  for (const slug of c.byArticle.keys()) if (differs(slug)) out.push(slug);
  for (const slug of counted.keys()) if (!c.byArticle.has(slug)) out.push(slug);
  return out;
}

// Entries are keyed on the database and its version: tests switch databases whose versions coincide.
interface Cache {
  corpus?: { id: string; value: Promise<Corpus> };
  /**
   * The last corpus read and the connection it came through: the next version is patched from
   * it. Keyed on the open handle, not the path: a database recreated at the same path is new.
   */
  last?: { handle: Handle; value: Corpus };
  /** Recent patches, oldest first: serial to serial and the articles read again (see changedSince). */
  log?: { from: number; to: number; slugs: readonly string[] }[];
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
  c.log = undefined;
  c.derived.clear();
}

export async function listArticles(): Promise<ArticleListing[]> {
  return (await corpus()).listing;
}

/** Bundles read for pages, kept for the current version only (a reader's pages come in bursts). */
const BUNDLES_KEPT = 32;

export async function loadArticleBundle(slug: string): Promise<ArticleBundle | null> {
  const c = await corpus();
  if (!c.byArticle.has(slug)) return null;
  const kept = await derived("article-bundles", () => new Map<string, Promise<ArticleBundle | null>>());
  let hit = kept.get(slug);
  if (!hit) {
    hit = readBundles(await db(), [slug]).then((m) => m.get(slug) ?? null);
    if (kept.size >= BUNDLES_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(slug, hit);
    hit.catch(() => kept.get(slug) === hit && kept.delete(slug));
  }
  return hit;
}

/**
 * Every article whole, in slug order: for the pages that read every passage (country pages'
 * mentions). Kept across versions like the aggregates: a version re-reads only the articles
 * whose facts changed (a write makes its article's facts anew), so a country page after an
 * ingest reads one article, not the store. The dashboard, layers and downloads never call it.
 */
type LiveBundles = { handle: Handle | null; byArticle: Map<string, { facts: readonly ClaimFact[]; bundle: ArticleBundle }> };
const BUNDLES = Symbol.for("allegiance-atlas.live-bundles");
const gb = globalThis as unknown as { [BUNDLES]?: LiveBundles };

export async function loadAllBundles(): Promise<ArticleBundle[]> {
  return derived("all-bundles", async (c) => {
    const h = await handle();
    let live = gb[BUNDLES];
    if (!live || live.handle !== h) live = gb[BUNDLES] = { handle: h, byArticle: new Map() };
    for (const slug of live.byArticle.keys()) if (!c.byArticle.has(slug)) live.byArticle.delete(slug);
    const stale = c.listing.filter((l) => live.byArticle.get(l.slug)?.facts !== c.byArticle.get(l.slug)).map((l) => l.slug);
    for (let i = 0; i < stale.length; i += 500) {
      const some = stale.slice(i, i + 500);
      const read = await readBundles(h.db, some);
      for (const s of some) {
        const bundle = read.get(s);
        if (bundle) live.byArticle.set(s, { facts: c.byArticle.get(s)!, bundle });
        else live.byArticle.delete(s);
      }
    }
    return c.listing.flatMap((l) => live.byArticle.get(l.slug)?.bundle ?? []);
  });
}

/** Every served claim whole (text and all), by article then position: see loadAllBundles. */
export async function loadAllClaims(): Promise<Claim[]> {
  return (await loadAllBundles()).flatMap((b) => b.claims);
}

/**
 * Whole claims by (article, id), in the order asked: a page of the table, a popup's cards, a
 * chunk of a download. Missing keys (rejected or deleted since) are left out.
 */
export async function readClaims(keys: readonly { article: string; id: string }[]): Promise<Claim[]> {
  if (!keys.length) return [];
  const k = await db();
  const byKey = new Map<string, Claim>();
  const articles = [...new Set(keys.map((x) => x.article))];
  const ids = [...new Set(keys.map((x) => x.id))];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await k
      .selectFrom("claims")
      .select(["article", "id", "data"])
      .where("status", "<>", "rejected")
      .where("article", "in", articles)
      .where("id", "in", ids.slice(i, i + 500))
      .execute();
    for (const r of rows) byKey.set(`${r.article}\u0000${r.id}`, JSON.parse(r.data) as Claim);
  }
  return keys.map((x) => byKey.get(`${x.article}\u0000${x.id}`)).filter((c): c is Claim => !!c);
}
