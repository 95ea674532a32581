import { readFileSync } from "node:fs";
import path from "node:path";
import type BetterSqlite3 from "better-sqlite3";
import { syntheticClaims } from "../../lib/bench/claims";
import type { Claim } from "../../lib/schema/article";
import { Gazetteer } from "../../lib/schema/gazetteer";
import { ROOT } from "./server";

/**
 * The scale bench's corpus (issue 14 §3): 10,000 synthetic articles holding 200,000 claims over
 * the seven countries, every group of the lexicon and ten years. Written straight into the
 * store's tables with prepared statements in a few big transactions (the import path validates
 * and merges each article, which is what `scale.ingest-one` measures, not what setting up needs).
 */
export const SCALE = { articles: 10_000, claims: 200_000, years: { from: 2015, count: 10 } };

export function scaleInputs() {
  const places = Gazetteer.parse(JSON.parse(readFileSync(path.join(ROOT, "geodata/gazetteer.json"), "utf8"))).places;
  const lexicon = JSON.parse(readFileSync(path.join(ROOT, "geodata/lexicon/actors.json"), "utf8")) as { actors: { id: string }[] };
  return { places, actors: lexicon.actors.map((a) => a.id) };
}

/** One synthetic article of the scale corpus (also the article `ingest-one` adds). */
export function scaleArticle(i: number, claims: number, inputs: ReturnType<typeof scaleInputs>) {
  return syntheticClaims(claims, inputs.places, {
    slug: `scale-${String(i).padStart(5, "0")}`,
    seed: 1000 + i,
    passages: 5,
    idPrefix: `s${i}`,
    actors: inputs.actors,
    years: SCALE.years,
    byCountry: true,
  });
}

const actorsOf = (c: Claim) => [...new Set([...c.actors, ...(c.fromActor ? [c.fromActor] : []), ...(c.toActor ? [c.toActor] : [])])];

/** Fills a migrated, empty SQLite store; returns how many claims it wrote. */
export function fillScaleCorpus(sqlite: BetterSqlite3.Database, n = SCALE.articles, total = SCALE.claims): number {
  const inputs = scaleInputs();
  const perArticle = Math.round(total / n);
  const t = new Date().toISOString();
  const ins = {
    article:
      sqlite.prepare(`insert into articles (slug, title, lang, source, url, published, published_note, text, sha256, ingested_json, auto_claims_json, warnings_json, created_at, updated_at)
      values (?, ?, ?, ?, null, ?, null, ?, ?, ?, ?, '[]', ?, ?)`),
    passage: sqlite.prepare("insert into passages (article, id, ord, start_offset, end_offset, paragraph, text, gloss_en, gloss_note) values (?, ?, ?, ?, ?, ?, ?, null, null)"),
    claim: sqlite.prepare("insert into claims (article, id, ord, passage_id, kind, status, method, date_value, data, note) values (?, ?, ?, ?, ?, 'accepted', ?, ?, ?, null)"),
    place: sqlite.prepare("insert into claim_places (article, claim_id, place_id, precision) values (?, ?, ?, ?)"),
    actor: sqlite.prepare("insert into claim_actors (article, claim_id, actor_id) values (?, ?, ?)"),
    country: sqlite.prepare("insert into claim_countries (article, claim_id, iso3) values (?, ?, ?)"),
  };
  let written = 0;
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const { article, claims } = scaleArticle(i, perArticle, inputs);
      const year = SCALE.years.from + (i % SCALE.years.count);
      const published = JSON.stringify({ value: `${year}-01`, precision: "month" });
      ins.article.run(article.slug, article.title, article.lang, "Synthetic Wire", published, article.text, article.sha256, JSON.stringify(article), JSON.stringify(claims), t, t);
      article.passages.forEach((p, ord) => {
        ins.passage.run(article.slug, p.id, ord, p.start, p.end, p.paragraph, p.text);
      });
      claims.forEach((c0, ord) => {
        // Accepted: the public read path serves reviewed claims only (issue 15 §3).
        const c = { ...c0, status: "accepted" as const };
        ins.claim.run(article.slug, c.id, ord, c.passageId, c.kind, c.method, c.date?.value ?? null, JSON.stringify(c));
        for (const p of c.places) ins.place.run(article.slug, c.id, p.placeId, p.precision);
        for (const a of actorsOf(c)) ins.actor.run(article.slug, c.id, a);
        for (const iso3 of c.countries) ins.country.run(article.slug, c.id, iso3);
        written++;
      });
    }
  });
  for (let from = 0; from < n; from += 1000) batch(from, Math.min(n, from + 1000));
  sqlite.prepare("update corpus set version = version + 1 where id = 1").run();
  return written;
}
