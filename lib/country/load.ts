import "server-only";
import { bbox } from "@turf/turf";
import type { ArticleBundle } from "../articles/store";
import { derived, loadAllBundles } from "../data/corpus";
import { boundaryIndex } from "../geo/boundaries";
import { loadGazetteer } from "../geo/geodata-files";
import { findMentions, mentionsFromClaims, mergeMentions } from "../reader/mentions";
import { readerLookup } from "../reader/load";
import { COUNTRY_ISO3, type CountryIso3, type Place } from "../schema/gazetteer";
import { fullModelInputs as modelInputs } from "../view/load-model";
import { type ArticlePassages, type CountryProfile, countryProfile } from "./profile";

/**
 * The country pages' data from the store. Passage mentions run the reader's matchers over every
 * passage, so they are worked out once per corpus version, not per request.
 */
type Mentions = { articles: ArticlePassages[]; mentions: Map<string, string[]> };

/** Each article's passages and their place mentions, per bundle object: a bundle is read again only when its article changed. */
const perBundle = new WeakMap<ArticleBundle, { passages: ArticlePassages; mentions: [string, string[]][] }>();

function mentionsOf(bundle: ArticleBundle, matchers: ReturnType<typeof readerLookup>["matchers"]) {
  let hit = perBundle.get(bundle);
  if (!hit) {
    const { article, claims } = bundle;
    const slug = article.slug;
    const mentions: [string, string[]][] = article.passages.map((p) => {
      const own = claims.filter((c) => c.passageId === p.id);
      const found = mergeMentions(findMentions(p.text, matchers), mentionsFromClaims(p.text, own));
      return [`${slug}#${p.id}`, [...new Set(found.filter((m) => m.kind === "place").map((m) => m.id))]];
    });
    perBundle.set(bundle, (hit = { passages: { slug, title: article.title, lang: article.lang, passages: article.passages }, mentions }));
  }
  return hit;
}

function loadMentions(): Promise<Mentions> {
  return derived("country-mentions", async () => {
    const { matchers } = readerLookup();
    const articles: ArticlePassages[] = [];
    const mentions = new Map<string, string[]>();
    for (const bundle of await loadAllBundles()) {
      const own = mentionsOf(bundle, matchers);
      articles.push(own.passages);
      for (const [k, v] of own.mentions) mentions.set(k, v);
    }
    return { articles, mentions };
  });
}

/** The seven, in the URL's lowercase form. */
export const COUNTRY_SLUGS = COUNTRY_ISO3.map((c) => c.toLowerCase());

let places: ReadonlyMap<string, Place> | undefined;
/** A country's gazetteer entry (committed geodata, not the corpus: no database read). */
export function countryPlace(iso3: string): Place | null {
  const code = iso3.toUpperCase();
  if (!(COUNTRY_ISO3 as readonly string[]).includes(code)) return null;
  places ??= new Map(loadGazetteer().places.map((p) => [p.id, p]));
  return places.get(`country:${code}`) ?? null;
}

export async function loadCountryProfile(iso3: CountryIso3 | string): Promise<CountryProfile | null> {
  const place = countryPlace(iso3);
  if (!place) return null;
  const { claims, places } = await modelInputs();
  const c = await loadMentions();
  return countryProfile(place, { claims, places, articles: c.articles, mentions: (a, p) => c.mentions.get(`${a}#${p}`) ?? [] });
}

/** The country's frame for the map: Turf's bbox of its boundary, as MapLibre bounds. */
export function countryBounds(iso3: string): [[number, number], [number, number]] | null {
  const f = boundaryIndex().countries.get(iso3.toUpperCase());
  if (!f) return null;
  const [w, s, e, n] = bbox(f);
  return [
    [w, s],
    [e, n],
  ];
}
