import type { Place } from "../schema/gazetteer";
import type { PlaceCandidate, PlaceMention } from "./place-matcher";

/**
 * Town names repeat: Sinjar is a district of Iraq and a village of Syria, and many villages
 * share a name within one country. Rather than guess, a town that exists in two of the seven
 * countries is kept only when the article points to one of them: the countries and provinces
 * named earlier in it (the caller's hint) or elsewhere in the same passage.
 */

export interface PlaceHint {
  /** ISO3 codes of the countries the article has named so far (headline first). */
  countries?: ReadonlySet<string>;
  /** ISO 3166-2 codes of the provinces the article has named so far. */
  provinces?: ReadonlySet<string>;
  /** Ids of the places the article has already named: a name that is also a word ("تدمر", "Hit") is that place again. */
  seen?: ReadonlySet<string>;
}

/**
 * A town this much bigger than every namesake elsewhere is what reporting means by the bare
 * name (Ramadi, Iraq's provincial capital, over a Yemeni village of that name; Iraq's Sinjar
 * over a Syrian subdistrict seat whose population GeoNames does not know, counted as 0).
 */
const DOMINANT_POPULATION = 20_000;
const DOMINANT_FACTOR = 10;

const countryOf = (p: Place) => p.countries[0]!;
const pop = (p: Place) => p.population ?? 0;

/** The hint plus what the passage names unambiguously (one country for every candidate). */
export function contextOf(mentions: readonly PlaceMention[], hint: PlaceHint | undefined) {
  const countries = new Set(hint?.countries ?? []);
  const provinces = new Set(hint?.provinces ?? []);
  for (const m of mentions) {
    const cs = new Set(m.candidates.flatMap((c) => c.place.countries));
    if (cs.size !== 1) continue;
    for (const c of cs) countries.add(c);
    for (const c of m.candidates) {
      if (c.place.kind === "province" && c.place.iso) provinces.add(c.place.iso);
      if (c.place.kind === "city" && c.place.province) provinces.add(c.place.province);
    }
  }
  return { countries, provinces };
}

/** ISO3 of a province code's country is not its prefix; compare through the place itself. */
function inCountries(p: Place, countries: ReadonlySet<string>, provinces: ReadonlySet<string>): boolean {
  return countries.has(countryOf(p)) || (p.province !== undefined && provinces.has(p.province));
}

/** One town per country: the one in a province named in context, else the most populous. */
function bestTown(towns: PlaceCandidate[], provinces: ReadonlySet<string>): PlaceCandidate {
  return [...towns].sort(
    (a, b) => Number(provinces.has(b.place.province ?? "")) - Number(provinces.has(a.place.province ?? "")) || pop(b.place) - pop(a.place) || (a.place.id < b.place.id ? -1 : 1),
  )[0]!;
}

function pickTowns(towns: PlaceCandidate[], ctx: ReturnType<typeof contextOf>): PlaceCandidate[] {
  const byCountry = new Map<string, PlaceCandidate[]>();
  for (const t of towns) byCountry.set(countryOf(t.place), [...(byCountry.get(countryOf(t.place)) ?? []), t]);
  if (byCountry.size === 1) return [bestTown(towns, ctx.provinces)];
  const named = towns.filter((t) => inCountries(t.place, ctx.countries, ctx.provinces));
  const namedCountries = new Set(named.map((t) => countryOf(t.place)));
  if (namedCountries.size === 1) return [bestTown(named, ctx.provinces)];
  const pool = namedCountries.size > 1 ? named : towns;
  const sorted = [...pool].sort((a, b) => pop(b.place) - pop(a.place));
  const top = sorted[0]!;
  const rival = sorted.find((t) => countryOf(t.place) !== countryOf(top.place));
  if (pop(top.place) >= DOMINANT_POPULATION && (!rival || pop(top.place) >= DOMINANT_FACTOR * pop(rival.place))) return [top];
  return [];
}

/**
 * Narrows each mention's towns to at most one, and drops a mention whose only candidates are
 * towns of several countries that the context cannot tell apart. Other candidates (a country,
 * a province of the same name) are left for disambiguate() to choose among.
 */
export function resolveTownAmbiguity(mentions: PlaceMention[], hint?: PlaceHint): PlaceMention[] {
  const needs = mentions.some((m) => m.candidates.filter((c) => c.place.kind === "city").length > 1);
  if (!needs) return mentions;
  const ctx = contextOf(mentions, hint);
  const out: PlaceMention[] = [];
  for (const m of mentions) {
    const towns = m.candidates.filter((c) => c.place.kind === "city");
    if (towns.length <= 1) {
      out.push(m);
      continue;
    }
    // The same town can come twice (its name and a nationality adjective): keep both routes.
    const kept = new Set(pickTowns(towns, ctx).map((t) => t.place.id));
    const candidates = m.candidates.filter((c) => c.place.kind !== "city" || kept.has(c.place.id));
    if (candidates.length > 0) out.push({ ...m, candidates });
  }
  return out;
}

/**
 * The hint for the next passages from the places resolved so far (headline first): their
 * countries and provinces. A region names no country (the Sahel is not Algeria).
 */
export function hintFrom(places: Iterable<Place>): { countries: Set<string>; provinces: Set<string> } {
  const countries = new Set<string>();
  const provinces = new Set<string>();
  for (const p of places) {
    if (p.kind === "region") continue;
    for (const c of p.countries) countries.add(c);
    if (p.kind === "province" && p.iso) provinces.add(p.iso);
    if (p.kind === "city" && p.province) provinces.add(p.province);
  }
  return { countries, provinces };
}

/** Land borders between the seven countries: a story of one names towns across the border. */
const NEIGHBOURS: Record<string, readonly string[]> = { IRQ: ["SYR"], SYR: ["IRQ"], NER: ["NGA", "DZA"], NGA: ["NER"], DZA: ["NER"], YEM: [], AFG: [] };
/** Below this population a town's name is often a village's elsewhere too. */
const SMALL_TOWN = 100_000;

/**
 * A small town of a country the article has not named (nor any place of it), in a story that
 * names other countries' places, is a chance match of its name, and so is the province it
 * names with it ("Dara" in an Afghan story is not Syria's Daraa) ("Bayda" in a Yemeni story
 * read as a Nigerian village), not a place of the story: it does not match. A town across a
 * border of a country named is kept ("Bosso" in a Nigerian story), and so is any town when
 * nothing has been named yet (a headline).
 */
export function dropStrayTowns(mentions: PlaceMention[], hint?: PlaceHint): PlaceMention[] {
  const stray = (m: PlaceMention, ctx: ReturnType<typeof contextOf>) =>
    m.candidates.every((c) => ((c.place.kind === "city" && pop(c.place) < SMALL_TOWN) || c.place.kind === "province") && !inCountries(c.place, ctx.countries, ctx.provinces)) &&
    m.candidates.some((c) => c.place.kind === "city") &&
    ctx.countries.size > 0 &&
    !m.candidates.some((c) => NEIGHBOURS[countryOf(c.place)]?.some((k) => ctx.countries.has(k)));
  if (!hint?.countries?.size && mentions.length < 2) return mentions;
  return mentions.filter(
    (m) =>
      !stray(
        m,
        contextOf(
          mentions.filter((o) => o !== m),
          hint,
        ),
      ),
  );
}
