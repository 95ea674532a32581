import { createHash } from "node:crypto";
import type { Article, Claim, ClaimKind } from "../schema/article";
import type { Place } from "../schema/gazetteer";
import { precisionOfKind } from "../schema/gazetteer";

/**
 * Synthetic claims for load and layer benchmarks: schema-valid, deterministic for a seed, and
 * marked as fixtures in every passage so they can never be mistaken for reporting.
 */

export const SYNTHETIC_MARK = "SYNTHETIC TEST FIXTURE — not news";

const KINDS: readonly ClaimKind[] = ["territorial-loss", "recruitment", "pledge", "defection", "attack", "presence", "threat"];
const ACTORS = ["isis", "al-qaeda", "aqap", "aqim", "taliban"] as const;
const CERTAINTY = ["asserted", "reported", "hedged"] as const;

/** mulberry32: tiny, fast and good enough to spread claims over places. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticSet {
  article: Article;
  claims: Claim[];
}

export function syntheticArticle(slug: string, passageCount: number): Article {
  const texts = Array.from({ length: passageCount }, (_, i) => `${SYNTHETIC_MARK}. Synthetic passage ${i} for the layer benchmark.`);
  let offset = 0;
  const passages = texts.map((text, i) => {
    const p = { id: `p-syn${i}`, start: offset, end: offset + text.length, text, paragraph: i };
    offset += text.length + 2;
    return p;
  });
  const text = texts.join("\n\n");
  return { slug, title: `${SYNTHETIC_MARK} (${slug})`, lang: "en", text, passages, sha256: createHash("sha256").update(text).digest("hex") };
}

/** `n` claims spread over `places`, each quoting a whole passage of the synthetic article. */
export interface SyntheticOptions {
  slug?: string;
  seed?: number;
  passages?: number;
  /** Actor ids to draw from (default: five core groups). */
  actors?: readonly string[];
  /** First year and how many years the dates spread over (default 2014, 11 years). */
  years?: { from: number; count: number };
  /**
   * Pick a country first, then a place in it: every country gets about the same share of the
   * claims, whatever its number of places (the gazetteer has 949 Nigerian places, 57 Nigerien).
   */
  byCountry?: boolean;
  /**
   * Claim ids are `c-<idPrefix>-<n>` (default "syn"). Real ids are unique across the corpus and
   * the dashboard counts distinct ids, so a many-article corpus gives each article its own prefix.
   */
  idPrefix?: string;
}

/** The places grouped by their first country, for picking a country first. */
function byFirstCountry(places: readonly Place[]): Place[][] {
  const m = new Map<string, Place[]>();
  for (const p of places) {
    const k = p.countries[0] ?? "";
    (m.get(k) ?? m.set(k, []).get(k)!).push(p);
  }
  return [...m.values()];
}

export function syntheticClaims(n: number, places: readonly Place[], opts: SyntheticOptions = {}): SyntheticSet {
  if (places.length === 0) throw new RangeError("need at least one place");
  const slug = opts.slug ?? "synthetic-bench";
  const article = syntheticArticle(slug, opts.passages ?? Math.max(1, Math.min(n, 200)));
  const rand = prng(opts.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const groups = opts.byCountry ? byFirstCountry(places) : [places];
  const pickPlace = () => pick(pick(groups));
  const actors = opts.actors ?? ACTORS;
  if (actors.length < 2) throw new RangeError("need at least two actors (pledges go from one to another)");
  const years = opts.years ?? { from: 2014, count: 11 };
  const claims: Claim[] = [];
  for (let i = 0; i < n; i++) {
    const passage = article.passages[i % article.passages.length]!;
    const kind = pick(KINDS);
    const chosen = [pickPlace(), ...(rand() < 0.3 ? [pickPlace()] : [])];
    const uniquePlaces = [...new Map(chosen.map((p) => [p.id, p])).values()];
    const actor = pick(actors);
    const shift = kind === "pledge" || kind === "defection";
    const to = shift ? pick(actors.filter((a) => a !== actor)) : undefined;
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, "0");
    claims.push({
      id: `c-${opts.idPrefix ?? "syn"}-${i}`,
      article: slug,
      passageId: passage.id,
      span: { start: 0, end: passage.text.length },
      quote: passage.text,
      kind,
      actors: to ? [actor, to] : [actor],
      ...(to ? { fromActor: actor, toActor: to } : {}),
      places: uniquePlaces.map((p) => ({ placeId: p.id, precision: precisionOfKind(p.kind) })),
      countries: [...new Set(uniquePlaces.flatMap((p) => p.countries))],
      date: { value: `${years.from + Math.floor(rand() * years.count)}-${month}`, precision: "month", inferred: false },
      ...(kind === "territorial-loss" ? { quantity: { text: "more than 60%", value: 60, unit: "percent" as const, qualifier: "more-than" as const } } : {}),
      certainty: pick(CERTAINTY),
      method: "auto",
      confidence: Math.round(rand() * 100) / 100,
      summary: `Synthetic ${kind} claim ${i} (benchmark fixture).`,
    });
  }
  return { article, claims };
}
