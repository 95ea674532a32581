import type { Kysely } from "kysely";
import type { Curation } from "../articles/curation";
import type { Article, Claim } from "../schema/article";
import { ExchangeError } from "./errors";
import { type ExchangeEntry, readExchangeDir, writeExchangeDir } from "./exchange";
import type { Database } from "./schema";
import { inWrite, rowState, writeEntries, type WriteOptions } from "./write";

/** Export and import between the database and the exchange format (lib/data/exchange.ts). */

async function exportEntries(k: Kysely<Database>): Promise<ExchangeEntry[]> {
  const rows = await k
    .selectFrom("articles")
    .leftJoin("curations", "curations.article", "articles.slug")
    .select(["articles.slug", "articles.ingested_json", "articles.auto_claims_json", "curations.json as curation"])
    .orderBy("articles.slug")
    .execute();
  // The workspace's decisions (a person's accept, reject, edit or added claim), in stored order.
  const decided = await k.selectFrom("claims").selectAll().where("reviewed_by", "is not", null).orderBy("article").orderBy("ord").execute();
  const reviews = new Map<string, ExchangeEntry["reviews"] & {}>();
  for (const r of decided) {
    const s = rowState(r);
    const list = reviews.get(r.article) ?? reviews.set(r.article, []).get(r.article)!;
    list.push({ claim: s.claim, status: s.status, reviewedBy: s.reviewedBy!, reviewedAt: s.reviewedAt, rev: s.rev, note: s.note });
  }
  return rows.map((r) => ({
    slug: r.slug,
    article: JSON.parse(r.ingested_json) as Article,
    claims: JSON.parse(r.auto_claims_json) as Claim[],
    ...(r.curation ? { curation: JSON.parse(r.curation) as Curation } : {}),
    ...(reviews.has(r.slug) ? { reviews: reviews.get(r.slug) } : {}),
  }));
}

/** Writes every article, its automatic claims and its curation; returns how many. */
export async function exportTo(k: Kysely<Database>, dir: string): Promise<number> {
  const entries = await exportEntries(k);
  writeExchangeDir(dir, entries);
  return entries.length;
}

/**
 * Reads a directory and writes it in one transaction: every file is validated first, and one
 * problem (named by file and field) imports nothing. Curation warnings are returned.
 */
export async function importFrom(k: Kysely<Database>, dir: string, opts: WriteOptions = {}): Promise<{ count: number; warnings: string[] }> {
  const read = readExchangeDir(dir);
  if (read.problems.length) throw new ExchangeError(read.problems);
  const warnings = await inWrite(k, (trx) => writeEntries(trx, read.entries, { who: "import", ...opts }));
  return { count: read.entries.length, warnings };
}
