import "server-only";
import type { Kysely } from "kysely";
import type { ArticleListing } from "../articles/store";
import type { Article, Claim, PartialDate } from "../schema/article";
import { db } from "./connection";
import { logChange } from "./corpus-changes";
import type { ClaimStatus, Database } from "./schema";

/**
 * Reading the corpus from the database: every article's listing and its served claims' facts,
 * or (patchCorpus) only the articles the change rows name since the corpus last read. What is
 * kept of it, and for how long, is corpus-cache.ts's.
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

export type Trx = Kysely<Database>;

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

/** The last serial given, on globalThis: every Next bundle reads corpora, and two counters would hand out the same serials. */
const SERIAL = Symbol.for("allegiance-atlas.corpus-serial");
const gs = globalThis as unknown as { [SERIAL]?: number };

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
    serial: (gs[SERIAL] = (gs[SERIAL] ?? 0) + 1),
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
export async function readCorpus(k: Kysely<Database>, previous?: Corpus): Promise<Corpus> {
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
