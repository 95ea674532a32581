import type { Place } from "../schema/gazetteer";
import type { Token } from "../text/tokens";
import { arabicSkeleton, latinSkeleton } from "./skeleton";

/**
 * Towns that Arabic reporting names but the gazetteer knows only in English ("بلدة جماعري"
 * for Jama'are): found by their consonant skeleton (skeleton.ts), and only where precision
 * holds. The name must follow a word that makes it a place (بلدة، قرية، مديرية ...), since
 * Arabic has no capitals to tell a name from a word; and the town must lie in a country the
 * article has named (a short skeleton, in a province it has named), and be the only such
 * town, or by far the largest.
 */

/**
 * Skeleton -> towns whose English name (or alias) has it; under "ال" + skeleton, those whose
 * name has the article: an Arabic word with ال after a place word is mostly a common noun
 * ("مدن البلاد", the country's cities), so it names only a town whose name has an article too.
 */
export type SkeletonIndex = Map<string, Place[]> & {
  /** Exact Arabic readings of BGN names (place-matcher.ts), by normalised words, tried before the skeleton. */
  readings?: Map<string, Place[]>;
};

const DEFINITE = "ال";
const LATIN_ARTICLE = /^(?:al|el|ar|as|ash|ad|adh|an|az|at|ath)[\s-]/i;

/** Below this a skeleton names too many towns to trust outside a named province. */
const MIN_SKELETON = 3;
/** Among namesakes in the countries in focus, the largest wins only when this much larger. */
const DOMINANT_FACTOR = 10;
/** A town this large is what a bare spelling means over namesakes of unknown size. */
const CITY_SIZE = 100_000;

export function buildSkeletonIndex(places: Iterable<Place>, readings?: Map<string, Place[]>): SkeletonIndex {
  const index: SkeletonIndex = new Map();
  if (readings) index.readings = readings;
  for (const p of places) {
    if (p.kind !== "city") continue;
    const names = [p.nameEn, ...p.aliasesEn];
    const keys = [...names.map(latinSkeleton), ...names.filter((n) => LATIN_ARTICLE.test(n)).map((n) => DEFINITE + latinSkeleton(n))];
    for (const key of new Set(keys)) {
      if (key.replace(DEFINITE, "").length < MIN_SKELETON - 1) continue;
      const list = index.get(key) ?? [];
      list.push(p);
      index.set(key, list);
    }
  }
  return index;
}

/** Words that make the next one or two a town's name (normalised; proclitics allowed: "ببلدة"). */
// Not "منطقة" (area): it is as often followed by a clause ("منطقة تخضع لسيطرة ...") or a
// common noun ("منطقة بحيرة تشاد") as by a name.
const CUES = new Set(["مدينه", "بلده", "قريه", "ناحيه", "قضاء", "مديريه", "مخيم", "معبر", "بلدات", "قري"]);

/** Words that follow those cues and are no name: size, position, direction, pronouns. */
const NOT_NAMES = new Set([
  "صغيره",
  "كبيره",
  "نائيه",
  "حدوديه",
  "مجاوره",
  "قريبه",
  "اخري",
  "واحده",
  "ثانيه",
  "جديده",
  "قديمه",
  "مهمه",
  "استراتيجيه",
  "رئيسيه",
  "تابعه",
  "التابعه",
  "الواقعه",
  "واقعه",
  "التي",
  "الذي",
  "هذه",
  "تلك",
  "ذاتها",
  "نفسها",
  "شمال",
  "جنوب",
  "شرق",
  "غرب",
  "شمالي",
  "جنوبي",
  "شرقي",
  "غربي",
  "وسط",
  "قرب",
  "بالقرب",
  "عند",
  "داخل",
  "خارج",
  "عسكريه",
  "امنيه",
  "سكنيه",
  "زراعيه",
  "ريفيه",
  "جبليه",
  "صحراويه",
  "نفطيه",
  "حدود",
  "الحدود",
  "اللاجئين",
  "النازحين",
  // Verbs of a relative clause with no pronoun ("بلدة تقع على الحدود"), prepositions.
  "تقع",
  "يقع",
  "تخضع",
  "يخضع",
  "تسيطر",
  "يسيطر",
  "تبعد",
  "يبعد",
  "تضم",
  "يضم",
  "تعد",
  "يعد",
  "كانت",
  "كان",
  "تشهد",
  "شهدت",
  "يقطنها",
  "يسكنها",
  "يعيش",
  "تحت",
  "خاضعه",
  "في",
  "على",
  "من",
  "الي",
  "عن",
  "مع",
  "بين",
  "منذ",
  "حيث",
  "بعد",
  "قبل",
]);

/** Prepositions, written apart, before a place: "في", "قرب", "من", "إلى", "نحو", "داخل". */
const PREPOSITIONS = new Set(["في", "قرب", "من", "الي", "نحو", "داخل"]);
const MIN_AFTER_PREPOSITION = 4;

export interface SkeletonContext {
  countries: ReadonlySet<string>;
  provinces: ReadonlySet<string>;
}

export interface SkeletonMention {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  place: Place;
}

/**
 * "منطقة مافا في ولاية بورنو": "منطقة" (area) and "مقاطعة" (county) name a district as often as
 * they begin a phrase, so after them a town is taken only inside a province the article names.
 */
const AREA_CUES = new Set(["منطقه", "مقاطعه"]);
const isAreaCue = (t: Token) => t.arabic && (AREA_CUES.has(t.norm) || t.variants.some((v) => AREA_CUES.has(v.stem)));

const isCue = (t: Token) => t.arabic && (CUES.has(t.norm) || t.variants.some((v) => CUES.has(v.stem)));

/** Words of a Latin name that carry consonants, the article and links aside ("Dar es Salaam": 2). */
const latinWords = (n: string) => n.split(/[\s-]+/).filter((w) => !LATIN_ARTICLE.test(`${w} `) && latinSkeleton(w).length > 0).length;

/** Does the article name a province of the country this province code belongs to (ISO 3166-2 prefix)? */
const namesProvinceOf = (provinces: ReadonlySet<string>, province: string) => {
  const country = province.slice(0, province.indexOf("-") + 1);
  for (const p of provinces) if (p.startsWith(country)) return true;
  return false;
};

/** The one town this skeleton names in context, or undefined when none or several could be meant. */
function pick(index: SkeletonIndex, words: string, ctx: SkeletonContext, skeleton: (s: string) => string, minKey = 0, inNamedProvince = false): Place | undefined {
  if (minKey > 0 && skeleton(words).length < minKey) return undefined;
  const exact = skeleton === arabicSkeleton ? index.readings?.get(words) : undefined;
  if (exact) {
    const towns = exact.filter((p) => ctx.countries.has(p.countries[0]!) || (p.province !== undefined && ctx.provinces.has(p.province)));
    if (towns.length === 1) return towns[0];
  }
  // After a bare preposition a word with the article is a common noun far more often than a
  // town ("في المغرب", "في المنطقة"): only an exact reading names one there.
  if (minKey > 0 && words.startsWith(DEFINITE)) return undefined;
  const key = skeleton(words);
  // Two consonants name a town only in a province the article named, and only across scripts:
  // among Latin words they are too common ("Boko" and Baga are both BK).
  if (key.length < (skeleton === arabicSkeleton ? MIN_SKELETON - 1 : MIN_SKELETON)) return undefined;
  let towns = (index.get(skeleton === arabicSkeleton && words.startsWith(DEFINITE) ? DEFINITE + key : key) ?? []).filter(
    (p) => ctx.countries.has(p.countries[0]!) || (p.province !== undefined && ctx.provinces.has(p.province)),
  );
  // "قرية ازايا كورا" is not Zakirai: two words of three consonants in all are two short words,
  // which a one-word name matches by chance. With so few consonants, the words must match too.
  if (key.length <= MIN_SKELETON && words.includes(" ")) towns = towns.filter((p) => [p.nameEn, ...p.aliasesEn].some((n) => latinSkeleton(n) === key && latinWords(n) > 1));
  const inProvince = towns.filter((p) => p.province !== undefined && ctx.provinces.has(p.province));
  // A spelling the gazetteer lacks is mostly a village: where the article names a province of
  // the town's country, a town of another province of it is a chance match of consonants
  // ("Kareto village" in a Borno story is not Okoroete, Akwa Ibom), not the place meant.
  towns = towns.filter((p) => p.province === undefined || ctx.provinces.has(p.province) || !namesProvinceOf(ctx.provinces, p.province));
  if (key.length < MIN_SKELETON || inProvince.length > 0 || inNamedProvince) towns = inProvince;
  if (towns.length <= 1) return towns[0];
  const sorted = [...towns].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  const [top, next] = [sorted[0]!, sorted[1]!];
  // A namesake of unknown size (GeoNames' 0) may be a sizeable town: only a city dominates it.
  const topPop = top.population ?? 0;
  return next.population === undefined ? (topPop >= CITY_SIZE ? top : undefined) : topPop >= DOMINANT_FACTOR * next.population ? top : undefined;
}

/**
 * Towns named after a place word, in tokens no other match covers (`covered`). Longer names
 * are tried first ("قرية تونغو تونغو"); a name never runs into the next cue or a listed word.
 * After a preposition alone ("في كوندوغا") the name needs four consonants or more: with three,
 * common words after "في" matched a town in almost every article of the corpus (خمسة, نفق,
 * بيان, تبقى ...); with four, none of 850 tried did.
 */
export function matchBySkeleton(index: SkeletonIndex, tokens: Token[], covered: (i: number) => boolean, context: () => SkeletonContext): SkeletonMention[] {
  const out: SkeletonMention[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const placeWord = isCue(tokens[i]!);
    const area = !placeWord && isAreaCue(tokens[i]!);
    if (!(placeWord || area || PREPOSITIONS.has(tokens[i]!.norm)) || covered(i + 1)) continue;
    // The context is computed only once a place word is followed by unmatched words.
    const ctx = context();
    if (ctx.countries.size === 0 && ctx.provinces.size === 0) return out;
    // After a preposition, one word: longer spans there are mostly phrases ("عدد من أحياء").
    for (const len of placeWord ? [3, 2, 1] : area ? [2, 1] : [1]) {
      const span = tokens.slice(i + 1, i + 1 + len);
      if (span.length < len || span.some((t, k) => !t.arabic || covered(i + 1 + k) || NOT_NAMES.has(t.norm) || isCue(t))) continue;
      const place = pick(index, span.map((t) => t.norm).join(" "), ctx, arabicSkeleton, placeWord || area ? 0 : MIN_AFTER_PREPOSITION, area);
      if (!place) continue;
      out.push({ start: span[0]!.start, end: span[len - 1]!.end, tokenStart: i + 1, tokenEnd: i + 1 + len, place });
      i += len;
      break;
    }
  }
  return out;
}

/**
 * The town a province is named after, when the text asks for the town ("مدينة صكتو") and the
 * gazetteer has the Arabic name only for the province: the town of that skeleton inside it.
 */
export function namesakeTown(index: SkeletonIndex, words: string[], province: Place): Place | undefined {
  if (province.kind !== "province" || !province.iso) return undefined;
  const key = arabicSkeleton(words.join(" "));
  const towns = (index.get(key) ?? []).filter((p) => p.province === province.iso);
  return towns.length === 1 ? towns[0] : undefined;
}

/** English words that make the next capitalised words a place ("fighting in Baqouba", "the village of Arege"). */
const EN_CUES = new Set(["in", "near", "at", "from", "outside", "around", "into", "toward", "towards", "of", "village", "town", "district", "city"]);
/** "of" makes a place only after a place word: "the town of X", not "the leader of X". */
const EN_PLACE_WORDS = new Set(["village", "town", "district", "city", "villages", "towns", "districts", "outskirts", "suburb", "camp"]);
/** Lower-case links inside a name: "Mazar-i-Sharif", "Jisr al-Shughur", "Pul-e Khumri". */
const EN_LINKS = new Set(["i", "e", "al", "el", "ad", "ar", "as", "ash", "az", "an", "at", "wa", "ye", "bin"]);
const EN_NOT_NAMES = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "ramadan",
  "arabic",
  "english",
  "french",
  "islam",
]);
const CAPITAL = /^\p{Lu}\p{Ll}/u;
/** Words after a name that make it a town or district: "the Bilchirgh district". */
const EN_PLACE_AFTER = new Set(["district", "town", "village"]);

/**
 * Towns the gazetteer has under another spelling ("Baqouba" for Baqubah, "Khan Sheikhoun"
 * for Khan Shaykhun, "Tirin Kot" for Tarinkot): capitalised words after a preposition or a
 * place word, not matched otherwise, whose skeleton names one town in the countries in focus.
 */
export function matchLatinBySkeleton(index: SkeletonIndex, tokens: Token[], covered: (i: number) => boolean, context: () => SkeletonContext): SkeletonMention[] {
  const out: SkeletonMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const cue = tokens[i - 1]!;
    // "the Bilchirgh district": "the" is a cue only when a place word follows the name.
    const onlyBefore = cue.norm === "the";
    if (cue.arabic || !(EN_CUES.has(cue.norm) || onlyBefore) || (cue.norm === "of" && !EN_PLACE_WORDS.has(tokens[i - 2]?.norm ?? ""))) continue;
    if (covered(i) || !CAPITAL.test(tokens[i]!.raw)) continue;
    const ctx = context();
    if (ctx.countries.size === 0 && ctx.provinces.size === 0) return out;
    const name: Token[] = [];
    for (let k = i; k < tokens.length && name.length < 5; k++) {
      const t = tokens[k]!;
      if (t.arabic || covered(k)) break;
      if (CAPITAL.test(t.raw) && !EN_NOT_NAMES.has(t.norm)) name.push(t);
      else if (EN_LINKS.has(t.raw) && name.length > 0 && CAPITAL.test(tokens[k + 1]?.raw ?? "")) name.push(t);
      else break;
    }
    for (let len = name.length; len >= 1; len--) {
      if (EN_LINKS.has(name[len - 1]!.raw)) continue;
      if (onlyBefore && !EN_PLACE_AFTER.has(tokens[i + len]?.norm ?? "")) continue;
      const span = name.slice(0, len);
      const place = pick(index, span.map((t) => t.raw).join(" "), ctx, latinSkeleton);
      if (!place) continue;
      out.push({ start: span[0]!.start, end: span[len - 1]!.end, tokenStart: i, tokenEnd: i + len, place });
      i += len;
      break;
    }
  }
  return out;
}

/** Words that make the next one or two a province's name: "إقليم باغلان", "بولاية بورنو". */
const PROVINCE_CUES = new Set(["ولايه", "محافظه", "اقليم", "ولايتي", "محافظتي"]);
const isProvinceCue = (t: Token) => t.arabic && (PROVINCE_CUES.has(t.norm) || t.variants.some((v) => PROVINCE_CUES.has(v.stem)));

/** Province skeleton -> provinces, from their Arabic and English names (Arabic article dropped). */
export function buildProvinceSkeletons(places: Iterable<Place>, normAr: (s: string) => string): Map<string, Place[]> {
  const out = new Map<string, Place[]>();
  for (const p of places) {
    if (p.kind !== "province") continue;
    const keys = new Set([...[p.nameAr ?? "", ...p.aliasesAr].filter(Boolean).map((n) => arabicSkeleton(normAr(n))), ...[p.nameEn, ...p.aliasesEn].map(latinSkeleton)]);
    for (const k of keys) if (k.length >= MIN_SKELETON) out.set(k, [...(out.get(k) ?? []), p]);
  }
  return out;
}

/**
 * Provinces spelt in Arabic as the gazetteer does not ("إقليم باغلان" for بغلان, long vowels
 * written or not): after a province word only, and only when one province of the countries in
 * focus has that skeleton (three consonants or more).
 */
export function matchProvinceBySkeleton(index: Map<string, Place[]>, tokens: Token[], covered: (i: number) => boolean, context: () => SkeletonContext): SkeletonMention[] {
  const out: SkeletonMention[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!isProvinceCue(tokens[i]!) || covered(i + 1)) continue;
    const ctx = context();
    for (const len of [2, 1]) {
      const span = tokens.slice(i + 1, i + 1 + len);
      if (span.length < len || span.some((t, k) => !t.arabic || covered(i + 1 + k) || NOT_NAMES.has(t.norm) || isCue(t) || isProvinceCue(t))) continue;
      const found = (index.get(arabicSkeleton(span.map((t) => t.norm).join(" "))) ?? []).filter((p) => ctx.countries.has(p.countries[0]!));
      if (found.length !== 1) continue;
      out.push({ start: span[0]!.start, end: span[len - 1]!.end, tokenStart: i + 1, tokenEnd: i + 1 + len, place: found[0]! });
      i += len;
      break;
    }
  }
  return out;
}

/** English words around a province's name: "Nengarhar province", "the province of Kundoz". */
const EN_PROVINCE_AFTER = new Set(["province", "governorate"]);

/**
 * English spellings of a province the gazetteer lacks ("Nengarhar", "Kundoz", "Salaheddine"):
 * capitalised words right before "province"/"governorate" or right after "province of",
 * when one province of the countries in focus has their skeleton (three consonants or more).
 */
export function matchLatinProvinceBySkeleton(index: Map<string, Place[]>, tokens: Token[], covered: (i: number) => boolean, context: () => SkeletonContext): SkeletonMention[] {
  const out: SkeletonMention[] = [];
  const tryName = (from: number, to: number) => {
    const span = tokens.slice(from, to);
    if (span.length === 0 || span.some((t, k) => t.arabic || covered(from + k) || !CAPITAL.test(t.raw) || EN_NOT_NAMES.has(t.norm))) return;
    const ctx = context();
    const found = (index.get(latinSkeleton(span.map((t) => t.raw).join(" "))) ?? []).filter((p) => ctx.countries.has(p.countries[0]!));
    if (found.length === 1) out.push({ start: span[0]!.start, end: span[span.length - 1]!.end, tokenStart: from, tokenEnd: to, place: found[0]! });
  };
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = out.length;
    if (EN_PROVINCE_AFTER.has(t.norm)) {
      tryName(i - 2, i);
      if (out.length === before) tryName(i - 1, i);
    } else if (t.norm === "of" && EN_PROVINCE_AFTER.has(tokens[i - 1]!.norm)) {
      tryName(i + 1, i + 3);
      if (out.length === before) tryName(i + 1, i + 2);
    }
  }
  return out;
}
