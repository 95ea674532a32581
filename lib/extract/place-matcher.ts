import { z } from "zod";
import { Place, type Gazetteer } from "../schema/gazetteer";
import { resolveTownAmbiguity, type PlaceHint } from "./town-context";
import type { Token } from "../text/tokens";
import { foldEn, normalizeAr } from "../text/normalize-ar";
import { arabicNisbas, DEMONYMS_EN } from "./demonyms";
import { buildPhraseIndex, matchPhrases, type PhraseIndex, type PhraseItem } from "./phrase-index";

export const PlaceAliases = z.object({
  version: z.literal(1),
  aliases: z.array(
    z.object({
      id: z.string(),
      aliasesAr: z.array(z.string()).default([]),
      aliasesEn: z.array(z.string()).default([]),
      /** Used only when the gazetteer has no place with this id. */
      fallback: Place.optional(),
    }),
  ),
  /** Names that are also common words: matched only right after a place word. */
  cueOnly: z.object({ ar: z.array(z.string()), en: z.array(z.string()) }).optional(),
});
export type PlaceAliases = z.infer<typeof PlaceAliases>;

export type Via = "name" | "nisba";
export interface PlaceCandidate {
  place: Place;
  via: Via;
}

export interface PlaceMatcher {
  index: PhraseIndex<PlaceCandidate>;
  byId: Map<string, Place>;
  /** Normalised names (tokens joined by a space) that need a place word before them. */
  cueOnly: Set<string>;
}

export interface PlaceMention {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** All places named by these words, before disambiguation. */
  candidates: PlaceCandidate[];
  prefix: string;
}

/** Builds the matcher once per gazetteer; reuse it across articles. */
export function buildPlaceMatcher(gaz: Gazetteer, extra?: PlaceAliases): PlaceMatcher {
  const byId = new Map(gaz.places.map((p) => [p.id, p]));
  const extraNames = new Map<string, { ar: string[]; en: string[] }>();
  for (const a of extra?.aliases ?? []) {
    if (!byId.has(a.id) && a.fallback) byId.set(a.id, a.fallback);
    if (byId.has(a.id)) extraNames.set(a.id, { ar: a.aliasesAr, en: a.aliasesEn });
  }
  // One candidate object per place and route, so identical candidates dedupe by reference.
  const cands = new Map<string, PlaceCandidate>();
  const cand = (place: Place, via: Via) => {
    const k = via + "|" + place.id;
    let c = cands.get(k);
    if (!c) cands.set(k, (c = { place, via }));
    return c;
  };
  const items: PhraseItem<PlaceCandidate>[] = [];
  const places = [...byId.values()];
  const countryNamesEn = new Set(places.filter((q) => q.kind === "country").flatMap((q) => [q.nameEn, ...q.aliasesEn].map((n) => n.toLowerCase())));
  for (const p of places) {
    const x = extraNames.get(p.id);
    const names = [p.nameEn, p.nameAr, ...p.aliasesEn, ...p.aliasesAr, ...(x?.ar ?? []), ...(x?.en ?? [])];
    // A province's bare English name ("Niger" for Niger State) would shadow the country:
    // in English only "Niger State" names the province.
    const skip = (n: string) => p.kind !== "country" && countryNamesEn.has(n.toLowerCase());
    for (const n of names) if (!skip(n)) items.push({ name: n, value: cand(p, "name") });
  }
  for (const c of places.filter((p) => p.kind === "country")) {
    const iso = c.countries[0]!;
    const sameNamed = places.filter((p) => p.kind === "city" && (p.nameAr === c.nameAr || p.aliasesAr.includes(c.nameAr)));
    for (const n of [...arabicNisbas(c.nameAr), ...(DEMONYMS_EN[iso] ?? [])]) {
      items.push({ name: n, value: cand(c, "nisba") });
      for (const city of sameNamed) items.push({ name: n, value: cand(city, "nisba") });
    }
  }
  const cueOnly = new Set([...(extra?.cueOnly?.ar ?? []).map(normalizeAr), ...(extra?.cueOnly?.en ?? []).map(foldEn)]);
  return { index: buildPhraseIndex(items), byId, cueOnly };
}

/** Words that make the next name a place: "بلدة هيت", "the town of Hit", "Kot district". */
const PLACE_WORDS = new Set([
  "مدينه", "بلده", "محافظه", "ولايه", "قضاء", "ناحيه", "قريه", "منطقه", "ريف", "اقليم", "مديريه",
  "city", "town", "province", "state", "village", "district", "region", "governorate", "countryside", "area",
]);
const PLACE_WORDS_AFTER = new Set(["district", "town", "city", "village", "area", "province", "governorate", "region", "countryside"]);
/** Before a capitalised English name, these make it a place too ("fighting in Hit"). */
const EN_PREPOSITIONS = new Set(["in", "near", "at", "from", "outside", "around", "into", "toward", "towards", "to"]);
const CAPITALISED = /^\p{Lu}/u;

/**
 * Every place named in the tokens. `hint` carries the places already named in the article
 * (its headline and earlier passages): a town name that exists in two of the seven countries
 * is kept only when the hint or this passage points to one of them (see town-context.ts).
 */
export function matchPlaces(m: PlaceMatcher, tokens: Token[], hint?: PlaceHint): PlaceMention[] {
  const keyOf = (x: { tokenStart: number; tokenEnd: number; prefix: string }) => {
    const first = tokens[x.tokenStart]!;
    const stem = first.variants.find((v) => v.prefix === x.prefix)?.stem ?? first.norm;
    return [stem, ...tokens.slice(x.tokenStart + 1, x.tokenEnd).map((t) => t.norm)].join(" ");
  };
  const cued = (x: { tokenStart: number; tokenEnd: number }) => {
    const t = tokens[x.tokenStart - 1];
    // "the town of Hit": look past a connecting "of".
    const t2 = t?.norm === "of" ? tokens[x.tokenStart - 2] : undefined;
    const after = tokens[x.tokenEnd];
    const first = tokens[x.tokenStart]!;
    if (t && (PLACE_WORDS.has(t.norm) || t.variants.some((v) => PLACE_WORDS.has(v.stem)))) return true;
    if (t2 && PLACE_WORDS.has(t2.norm)) return true;
    if (first.arabic) return false;
    return (after !== undefined && PLACE_WORDS_AFTER.has(after.norm)) || (t !== undefined && EN_PREPOSITIONS.has(t.norm) && CAPITALISED.test(first.raw));
  };
  const mentions: PlaceMention[] = [];
  for (const x of matchPhrases(m.index, tokens)) {
    if (m.cueOnly.size > 0 && m.cueOnly.has(keyOf(x)) && !cued(x)) continue;
    let candidates = x.values;
    // English town names are proper nouns: "hit", "bar" or "say" in lowercase are words.
    const first = tokens[x.tokenStart]!;
    if (!first.arabic && !CAPITALISED.test(first.raw)) candidates = candidates.filter((c) => c.place.kind !== "city");
    if (candidates.length === 0) continue;
    mentions.push({ start: x.start, end: x.end, tokenStart: x.tokenStart, tokenEnd: x.tokenEnd, candidates, prefix: x.prefix });
  }
  return resolveTownAmbiguity(mentions, hint);
}
