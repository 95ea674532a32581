import { z } from "zod";
import { hasArabicName, Place, type Gazetteer, type PlaceKind } from "../schema/gazetteer";
import { arabicFromBgn } from "./arabic-from-latin";
import { cueKind } from "./disambiguate";
import { contextOf, dropStrayTowns, resolveTownAmbiguity, type PlaceHint } from "./town-context";
import { latinSkeleton } from "./skeleton";
import {
  buildProvinceSkeletons,
  buildSkeletonIndex,
  matchBySkeleton,
  matchLatinProvinceBySkeleton,
  matchProvinceBySkeleton,
  matchLatinBySkeleton,
  namesakeTown,
  type SkeletonIndex,
} from "./skeleton-match";
import type { Token } from "../text/tokens";
import { foldEn, normalizeAr } from "../text/normalize-ar";
import { nameTokens } from "../text/tokens";
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
  /** Towns by consonant skeleton, for Arabic spellings the gazetteer lacks (skeleton-match.ts). */
  skeletons: SkeletonIndex;
  /** Provinces by consonant skeleton, for Arabic spellings after a province word. */
  provinceSkeletons: Map<string, Place[]>;
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
  const readings = derivedArabicReadings(places, items);
  return { index: buildPhraseIndex(items), byId, cueOnly, skeletons: buildSkeletonIndex(places, readings), provinceSkeletons: buildProvinceSkeletons(places, normalizeAr) };
}

/** Countries whose GeoNames names romanise Arabic (BGN/PCGN); Algeria's are French, Afghanistan's Dari or Pashto. */
const BGN_ARABIC = new Set(["IRQ", "SYR", "YEM"]);

/**
 * Arabic readings of the BGN-romanised names of towns that no source gives an Arabic name
 * (الباب for Al Bāb, حارم for Ḩārim; arabic-from-latin.ts), keyed by their normalised words.
 * A reading is not a reviewed name and is often common words (الباب "the door", البلاد "the
 * country", السوق الجديد "the new market"), so it names the town only right after a place
 * word and in a country in focus (skeleton-match.ts). A reading that is already another
 * place's Arabic name is left to that place.
 */
function derivedArabicReadings(places: Place[], items: PhraseItem<PlaceCandidate>[]): Map<string, Place[]> {
  const key = (n: string) => nameTokens(n).join(" ");
  const known = new Set(items.filter((it) => /[\u0600-\u06ff]/.test(it.name)).map((it) => key(it.name)));
  const out = new Map<string, Place[]>();
  for (const p of places) {
    if (p.kind !== "city" || !BGN_ARABIC.has(p.countries[0]!) || hasArabicName(p)) continue;
    for (const n of [p.nameEn, ...p.aliasesEn]) {
      const ar = arabicFromBgn(n);
      const k = ar && key(ar);
      if (!k || known.has(k) || out.get(k)?.includes(p)) continue;
      out.set(k, [...(out.get(k) ?? []), p]);
    }
  }
  return out;
}

/** Words that make the next name a place: "بلدة هيت", "the town of Hit", "Kot district". */
const PLACE_WORDS = new Set([
  "مدينه",
  "بلده",
  "محافظه",
  "ولايه",
  "قضاء",
  "ناحيه",
  "قريه",
  "منطقه",
  "ريف",
  "اقليم",
  "مديريه",
  "مدينتي",
  "بلدتي",
  "قريتي",
  "ولايتي",
  "محافظتي",
  "مدن",
  "بلدات",
  "قري",
  "ولايات",
  "محافظات",
  // Sites named after their town: "مطار الطبقة", "سد الطبقة", "معبر باب الهوى", "قاعدة ...".
  "مطار",
  "سد",
  "معبر",
  "قاعده",
  "مخيم",
  "city",
  "town",
  "province",
  "state",
  "village",
  "district",
  "region",
  "governorate",
  "countryside",
  "area",
  "cities",
  "towns",
  "villages",
  "provinces",
  "districts",
  "states",
  "governorates",
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
  const found: (PlaceMention & { pending: boolean })[] = [];
  for (const x of matchPhrases(m.index, tokens)) {
    let candidates = x.values;
    // English town names are proper nouns: "hit", "bar" or "say" in lowercase are words
    // ("al-Bab" is still a name: the article is looked past).
    const proper = properWord(tokens, x.tokenStart, x.tokenEnd);
    // ... and a month is never a town ("in March", "BAGHOUZ, Syria, March 24"), whatever Afghanistan's March.
    const single = x.tokenEnd - x.tokenStart === 1;
    // An all-capital word of three letters is an acronym ("AMD"), not a town; "ADEN, Yemen" is a dateline.
    const acronym = single && proper.raw.length <= 3 && proper.raw === proper.raw.toUpperCase();
    if (!proper.arabic && (!CAPITALISED.test(proper.raw) || acronym || (single && MONTHS_EN.has(proper.norm)))) {
      candidates = candidates.filter((c) => c.place.kind !== "city");
    }
    if (candidates.length === 0) continue;
    // "Dara-e-Suf", "Mazar-i-Sharif": a Persian link after the words makes them the start of a longer name.
    const link = tokens[x.tokenEnd];
    // (A lone lowercase "e" or "i" one character after a name is that link, never an English word.)
    if (link && !link.arabic && EZAFE.has(link.raw) && link.start === x.end + 1) continue;
    const wordLike = m.cueOnly.size > 0 && m.cueOnly.has(keyOf(x)) && !cued(x);
    // One sense per discourse: a name that is also a word is the place the article named by it before.
    const again = wordLike ? candidates.filter((c) => hint?.seen?.has(c.place.id)) : [];
    if (again.length) candidates = again;
    const pending = wordLike && !again.length;
    found.push({ start: x.start, end: x.end, tokenStart: x.tokenStart, tokenEnd: x.tokenEnd, candidates, prefix: x.prefix, pending });
  }
  // A common-word name in a list of places is a place too: "Ramadi, Hit and Falluja".
  const mentions: PlaceMention[] = [];
  let listKind: PlaceKind | null = null;
  // "Hama, Aleppo and Latakia governorates", "Diyala and Kirkuk provinces": a plural place word
  // after the last name governs the whole list, as the word before the first does.
  const trailing: (PlaceKind | null)[] = [];
  for (let i = found.length - 1; i >= 0; i--) {
    const x = found[i]!;
    trailing[i] = PLURAL_PROVINCE_AFTER.has(tokens[x.tokenEnd]?.norm ?? "") ? "province" : listed(tokens, x, found[i + 1]) ? (trailing[i + 1] ?? null) : null;
  }
  found.forEach((x, i) => {
    const inList = listed(tokens, found[i - 1], x);
    if (x.pending && !inList && !listed(tokens, x, found[i + 1])) return;
    let candidates = x.candidates;
    // "the provinces of Boumerdes, Bouira and Tizi Ouzou", "ولايتي عين الدفلى والمدية": the
    // word before the first name governs the whole list.
    const own = cueKind(tokens, x);
    listKind = own ?? (inList ? listKind : null) ?? trailing[i] ?? null;
    if (!own && listKind && candidates.some((c) => c.place.kind === listKind)) candidates = candidates.filter((c) => c.place.kind === listKind);
    mentions.push({ start: x.start, end: x.end, tokenStart: x.tokenStart, tokenEnd: x.tokenEnd, candidates, prefix: x.prefix });
  });
  return dropStrayTowns(resolveTownAmbiguity(provinceOfTown(tokens, withSkeletonTowns(m, tokens, provincesListed(tokens, mentions), hint)), hint), hint);
}

/**
 * "between Kirkuk and Salahuddin", "في ديالى وكركوك": a name that is a city and a province,
 * listed beside a name that is only a province, is the province too (like with like).
 */
function provincesListed(tokens: Token[], mentions: PlaceMention[]): PlaceMention[] {
  const onlyProvince = (x: PlaceMention | undefined) => !!x && x.candidates.length > 0 && x.candidates.every((c) => c.place.kind === "province");
  return mentions.map((x, i) => {
    const both = x.candidates.some((c) => c.place.kind === "city") && x.candidates.some((c) => c.place.kind === "province");
    if (!both || cueKind(tokens, x)) return x;
    const prev = mentions[i - 1];
    const next = mentions[i + 1];
    const beside = (onlyProvince(prev) && listed(tokens, prev, x)) || (onlyProvince(next) && listed(tokens, x, next));
    return beside ? { ...x, candidates: x.candidates.filter((c) => c.place.kind === "province") } : x;
  });
}

/** Words that may join a town and the province that holds it: "Maiwand in Kandahar", "ميوند في قندهار", "Maiwand, Kandahar". */
const LOCATING_JOINERS = new Set(["in", "of", "في"]);

/**
 * "منطقة ميوند في قندهار", "the Maiwand district of Kandahar": a name that is a city and a
 * province, right after a town of that province, is the province that locates the town.
 */
function provinceOfTown(tokens: Token[], mentions: PlaceMention[]): PlaceMention[] {
  return mentions.map((y, i) => {
    const x = mentions[i - 1];
    if (!x || !y.candidates.some((c) => c.place.kind === "city") || cueKind(tokens, y)) return y;
    const gap = tokens.slice(x.tokenEnd, y.tokenStart);
    const skip = (t: Token) => PLACE_WORDS_AFTER.has(t.norm);
    const between = gap.filter((t) => !skip(t));
    if (between.length > 1 || (between.length === 1 && !LOCATING_JOINERS.has(between[0]!.norm))) return y;
    if (between.length === 0 && gap.length === 0 && y.start - x.end < 2 && !y.prefix.startsWith("ب")) return y;
    const towns = x.candidates.filter((c) => c.place.kind === "city").map((c) => c.place.province);
    if (towns.length === 0 || x.candidates.some((c) => c.place.kind !== "city")) return y;
    const held = y.candidates.filter((c) => c.place.kind === "province" && towns.includes(c.place.iso));
    return held.length ? { ...y, candidates: held } : y;
  });
}

/** "مدينة صكتو": a city cue before a name the gazetteer knows in Arabic only as a province adds the town it is named after. */
function withNamesakeTown(m: PlaceMatcher, tokens: Token[], x: PlaceMention): PlaceMention {
  if (!tokens[x.tokenStart]!.arabic || !x.candidates.some((c) => c.place.kind === "province") || x.candidates.some((c) => c.place.kind === "city") || cueKind(tokens, x) !== "city")
    return x;
  const first = tokens[x.tokenStart]!;
  const words = [first.variants.find((v) => v.prefix === x.prefix)?.stem ?? first.norm, ...tokens.slice(x.tokenStart + 1, x.tokenEnd).map((t) => t.norm)];
  const towns = x.candidates.flatMap((c) => namesakeTown(m.skeletons, words, c.place) ?? []);
  return towns.length === 1 ? { ...x, candidates: [...x.candidates, { place: towns[0]!, via: "name" }] } : x;
}

/** Words that name a province outright ("منطقة" and "region" are as often a town's area). */
const PROVINCE_BEFORE = new Set(["ولايه", "محافظه", "اقليم", "ريف", "province", "governorate", "state"]);
const PROVINCE_AFTER = new Set(["province", "governorate", "state", "countryside"]);

/**
 * Does a province word stand next to the name? A bare "X province" in English is taken only
 * where it locates a town named just before ("Mayadeen, in Deir Ezzor province"): elsewhere
 * English copy writes it of the city too often (held-out reporting lost a right claim to it).
 */
function provinceWord(tokens: Token[], x: { tokenStart: number; tokenEnd: number }, prev: PlaceMention | undefined): boolean {
  const t = tokens[x.tokenStart - 1];
  const before = t?.norm === "of" ? tokens[x.tokenStart - 2] : t;
  if (before && (PROVINCE_BEFORE.has(before.norm) || before.variants.some((v) => PROVINCE_BEFORE.has(v.stem)))) return true;
  const after = tokens[x.tokenEnd]?.norm ?? "";
  if (after !== "province") return PROVINCE_AFTER.has(after);
  const gap = prev ? tokens.slice(prev.tokenEnd, x.tokenStart).map((w) => w.norm) : [];
  return !!prev && prev.candidates.every((c) => c.place.kind === "city") && gap.length <= 2 && gap.every((w) => w === "in" || w === "of" || w === "the");
}

/**
 * "the town of Mayadeen, in Deir Ezzor province": a province word next to a spelling the
 * gazetteer knows only for the city adds the province the city is named after (its own
 * province, of the same name), and disambiguate() then takes the province the words ask for.
 */
function withNamesakeProvince(m: PlaceMatcher, tokens: Token[], x: PlaceMention, prev: PlaceMention | undefined): PlaceMention {
  if (x.candidates.some((c) => c.place.kind === "province") || !provinceWord(tokens, x, prev)) return x;
  const added = x.candidates.flatMap((c) => {
    const prov = c.place.kind === "city" && c.place.province ? m.byId.get("province:" + c.place.province) : undefined;
    if (!prov) return [];
    const skeletons = (p: Place) => new Set([p.nameEn, ...p.aliasesEn].map(latinSkeleton));
    const own = skeletons(prov);
    return [...skeletons(c.place)].some((k) => k.length >= 2 && own.has(k)) ? [{ place: prov, via: "name" as const }] : [];
  });
  return added.length ? { ...x, candidates: [...x.candidates, ...added] } : x;
}

/** Adds the towns named in a spelling only their skeleton matches (skeleton-match.ts): after a place word in Arabic, a preposition or place word in English. */
function withSkeletonTowns(m: PlaceMatcher, tokens: Token[], mentions: PlaceMention[], hint: PlaceHint | undefined): PlaceMention[] {
  const arabic = tokens.some((t) => t.arabic);
  if (arabic) mentions = mentions.map((x) => withNamesakeTown(m, tokens, x));
  const covered = new Uint8Array(tokens.length);
  // Only names kept: a common-word name with no place word before it ("Kot") is a word, free to begin a longer name ("Tirin Kot").
  for (const x of mentions) covered.fill(1, x.tokenStart, x.tokenEnd);
  let ctx: ReturnType<typeof contextOf> | undefined;
  const context = () => (ctx ??= contextOf(mentions, hint));
  const provinces = (arabic ? matchProvinceBySkeleton : matchLatinProvinceBySkeleton)(m.provinceSkeletons, tokens, (i) => covered[i] === 1, context);
  for (const x of provinces) covered.fill(1, x.tokenStart, x.tokenEnd);
  const extra = [...provinces, ...(arabic ? matchBySkeleton : matchLatinBySkeleton)(m.skeletons, tokens, (i) => covered[i] === 1, context)];
  const namesakes = (xs: PlaceMention[]) => xs.map((x, i) => withNamesakeProvince(m, tokens, x, xs[i - 1]));
  if (extra.length === 0) return namesakes(mentions);
  const added: PlaceMention[] = extra.map((x) => ({
    start: x.start,
    end: x.end,
    tokenStart: x.tokenStart,
    tokenEnd: x.tokenEnd,
    candidates: [{ place: x.place, via: "name" }],
    prefix: "",
  }));
  return namesakes([...mentions, ...added].sort((a, b) => a.tokenStart - b.tokenStart));
}

const EZAFE = new Set(["e", "i", "ye", "yi"]);

const MONTHS_EN = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
const ARTICLE_TOKENS = new Set(["al", "el", "ar", "as", "ash", "ad", "an", "at", "az"]);

/** The first word of a name that is not a transliterated article. */
function properWord(tokens: Token[], start: number, end: number): Token {
  for (let i = start; i < end - 1; i++) if (!ARTICLE_TOKENS.has(tokens[i]!.norm)) return tokens[i]!;
  return tokens[end - 1]!;
}

/** Two place names next to each other, or joined by "and"/"or"/"و" (commas are not tokens). */
const LIST_JOINERS = new Set(["and", "or", "و", "او"]);
type Listable = { start: number; end: number; tokenStart: number; tokenEnd: number; prefix: string; candidates: PlaceCandidate[]; pending?: boolean };
const PLURAL_PROVINCE_AFTER = new Set(["provinces", "governorates", "states"]);

function listed(tokens: Token[], a: Listable | undefined, b: Listable | undefined): boolean {
  if (!a || !b || (a.pending && b.pending)) return false;
  // Only a list of towns or provinces: "Syria, March 24" (a dateline) is none.
  const local = (x: Listable) => x.candidates.some((c) => c.place.kind === "city" || c.place.kind === "province");
  if (!local(a) || !local(b)) return false;
  const gap = b.tokenStart - a.tokenEnd;
  // Adjacent names must be apart by more than a space (a comma): "Falluja Hit by Airstrikes" is no list.
  // Arabic joins with the proclitic و ("عين الدفلى والمدية").
  if (gap === 0) return b.start - a.end >= 2 || b.prefix.startsWith("و");
  return gap === 1 && LIST_JOINERS.has(tokens[a.tokenEnd]!.norm);
}
