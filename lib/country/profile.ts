import { claimsWithin } from "../compare/within";
import { type RegionSummary, type Shift, summarise } from "../compare/summary";
import type { Article, Claim, PartialDate } from "../schema/article";
import type { CountryIso3, Place } from "../schema/gazetteer";
import { intervalOf } from "../view/date-range";
import { type Timeline, timeline } from "../view/timeline";

/**
 * Everything a country page shows, computed without React or the map: the claims about the
 * country counted (shared with the comparison), the shifts between actors with the passages
 * that state them, the figures the articles give, and every passage that names the country or
 * a place in it.
 */
export type ArticlePassages = Pick<Article, "slug" | "title" | "lang" | "passages">;

export type PassageRef = { article: string; title: string; lang: Article["lang"]; passageId: string; text: string; glossEn: string | null; claimIds: string[] };

export type SourcedClaim = { claimId: string; article: string; passageId: string; quote: string; date: PartialDate | null; summary: string };

export type Figure = SourcedClaim & { kind: Claim["kind"]; text: string; value: number | null; unit: string | null; qualifier: string | null };

export type CountryProfile = {
  iso3: CountryIso3;
  nameEn: string;
  nameAr: string;
  summary: RegionSummary;
  timeline: Timeline;
  shifts: (Shift & { claims: SourcedClaim[] })[];
  figures: Figure[];
  passages: PassageRef[];
  /** Every province of the country, with how many claims name it (or a place in it). */
  provinces: { iso: string; nameEn: string; nameAr: string; claims: number }[];
  /** The latest dated claim's date. */
  latest: PartialDate | null;
};

export type ProfileInputs = {
  claims: readonly Claim[];
  places: ReadonlyMap<string, Place>;
  articles: readonly ArticlePassages[];
  /** Place ids a passage names (the reader's own matchers, on the server). */
  mentions: (article: string, passageId: string) => readonly string[];
};

const sourced = (c: Claim): SourcedClaim => ({ claimId: c.id, article: c.article, passageId: c.passageId, quote: c.quote, date: c.date ?? null, summary: c.summary });

export function latestDate(claims: readonly Claim[]): PartialDate | null {
  let best: PartialDate | null = null;
  for (const c of claims) if (c.date && (!best || intervalOf(c.date.value).end > intervalOf(best.value).end)) best = c.date;
  return best;
}

export function countryProfile(country: Place, input: ProfileInputs): CountryProfile {
  const iso3 = country.iso as CountryIso3;
  const about = claimsWithin(input.claims, country, input.places);
  const summary = summarise(about, input.places);
  const byId = new Map(about.map((c) => [c.id, c]));
  const claimIdsAt = new Map<string, string[]>();
  for (const c of about) claimIdsAt.set(`${c.article}#${c.passageId}`, [...(claimIdsAt.get(`${c.article}#${c.passageId}`) ?? []), c.id]);
  // A passage mentions the country when it names a place lying in it, the Sahel included for Niger.
  const inCountry = (id: string) => input.places.get(id)?.countries.includes(iso3) ?? false;
  const passages = input.articles.flatMap((a) =>
    a.passages
      .filter((p) => claimIdsAt.has(`${a.slug}#${p.id}`) || input.mentions(a.slug, p.id).some(inCountry))
      .map((p) => ({
        article: a.slug,
        title: a.title,
        lang: a.lang,
        passageId: p.id,
        text: p.text,
        glossEn: p.glossEn ?? null,
        claimIds: claimIdsAt.get(`${a.slug}#${p.id}`) ?? [],
      })),
  );
  const provinces = [...input.places.values()]
    .filter((p) => p.kind === "province" && p.countries.includes(iso3) && p.iso)
    .map((p) => ({ iso: p.iso!, nameEn: p.nameEn, nameAr: p.nameAr, claims: claimsWithin(about, p, input.places).length }))
    .sort((a, b) => b.claims - a.claims || a.nameEn.localeCompare(b.nameEn));
  return {
    iso3,
    nameEn: country.nameEn,
    nameAr: country.nameAr,
    summary,
    timeline: timeline(about),
    shifts: summary.shifts.map((s) => ({ ...s, claims: s.claimIds.map((id) => sourced(byId.get(id)!)) })),
    figures: about
      .filter((c) => c.quantity)
      .map((c) => ({
        ...sourced(c),
        kind: c.kind,
        text: c.quantity!.text,
        value: c.quantity!.value ?? null,
        unit: c.quantity!.unit ?? null,
        qualifier: c.quantity!.qualifier ?? null,
      })),
    passages,
    provinces,
    latest: latestDate(about),
  };
}
