import "server-only";
import type { ArticleBundle } from "../articles/store";
import type { Article, Claim, PartialDate } from "../schema/article";
import { db, type Handle, handle } from "./connection";
import { corpus, derived } from "./corpus-cache";
import type { ClaimFact, Trx } from "./corpus-read";

/**
 * Whole articles (text, passages, claims) read from the database for the pages that show them:
 * the corpus in memory holds facts only (corpus.ts).
 */
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
