import type { Claim } from "../schema/article";
import type { CountryIso3 } from "../schema/gazetteer";
import { markIdForClaim } from "../view/marks";
import { toSearch } from "../view/url-codec";
import { DEFAULT_VIEW, type UiLang } from "../view/view-state";

/** Links from the reader back to the map, always through the map's own URL codec. */

export const mapHrefForCountries = (countries: readonly CountryIso3[], lang: UiLang): string => `/${toSearch({ ...DEFAULT_VIEW, countries: [...countries], lang })}`;

export const mapHrefForActor = (actorId: string, lang: UiLang): string => `/${toSearch({ ...DEFAULT_VIEW, actors: [actorId], lang })}`;

/**
 * The map filtered to the claim's kind and countries, with the claim's own mark selected so its
 * popup opens (a link on الرقة opens Raqqa, not all of Syria); null when it has no country to show.
 */
export function mapHrefForClaim(claim: Pick<Claim, "kind" | "countries"> & Partial<Pick<Claim, "places" | "quantity" | "fromActor" | "toActor">>, lang: UiLang): string | null {
  if (claim.countries.length === 0) return null;
  const mark = claim.places ? markIdForClaim({ ...claim, places: claim.places }) : null;
  const layers = mark && !DEFAULT_VIEW.layers.includes(mark.layer) ? [...DEFAULT_VIEW.layers, mark.layer] : DEFAULT_VIEW.layers;
  return `/${toSearch({ ...DEFAULT_VIEW, kinds: [claim.kind], countries: [...claim.countries], layers, selection: mark?.id ?? null, lang })}`;
}

export const mapHref = (lang: UiLang): string => `/${toSearch({ ...DEFAULT_VIEW, lang })}`;

const langQuery = (lang: UiLang) => (lang === "en" ? "" : `?lang=${lang}`);

export const articlesHref = (lang: UiLang): string => `/articles${langQuery(lang)}`;

export function readerHref(slug: string, lang: UiLang, passageId?: string): string {
  return `/articles/${encodeURIComponent(slug)}${langQuery(lang)}${passageId ? `#${encodeURIComponent(passageId)}` : ""}`;
}

/**
 * The same page in the other interface language: path, other parameters and hash kept, since
 * the hash is the passage the reader is looking at.
 */
export function switchLangHref(pathname: string, search: string, hash: string, to: UiLang): string {
  const params = new URLSearchParams(search);
  if (to === "en") params.delete("lang");
  else params.set("lang", to);
  const q = params.toString();
  const h = hash && hash !== "#" ? (hash.startsWith("#") ? hash : `#${hash}`) : "";
  return `${pathname}${q ? `?${q}` : ""}${h}`;
}

export type SearchParams = Record<string, string | string[] | undefined>;

/** Next's searchParams object back into a query string, repeated keys kept. */
export function searchOf(params: SearchParams): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) q.append(k, x);
  return q.toString();
}

/** The current page with one parameter set (or removed, for null). */
export function withParam(pathname: string, search: string, name: string, value: string | null): string {
  const q = new URLSearchParams(search);
  if (value === null) q.delete(name);
  else q.set(name, value);
  const s = q.toString();
  return `${pathname}${s ? `?${s}` : ""}`;
}

/** Glosses are shown unless the URL says gloss=0. */
export const glossShown = (params: SearchParams): boolean => (Array.isArray(params.gloss) ? params.gloss[0] : params.gloss) !== "0";
