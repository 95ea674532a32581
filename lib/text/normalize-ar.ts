/**
 * Normalisation used for matching, hashing and cue detection. Matching happens on a
 * normalised copy of each token while offsets always point into the original text, so
 * normalisation here may change lengths freely.
 */

const AR_MAP: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ؤ: "و",
  ئ: "ي",
  ة: "ه",
  ى: "ي",
  // Persian/Urdu letter forms that turn up in transliterated names.
  ی: "ي",
  ک: "ك",
};

/** Harakat, Quranic marks, superscript alef and tatweel carry no identity for matching. */
const AR_DROP = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const AR_LETTERS = /[أإآٱؤئةىیک]/g;
const AR_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

export function normalizeDigits(s: string): string {
  return s.replace(AR_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** Arabic normalisation: hamza/alef forms, taa marbuta, alef maqsura, no diacritics/tatweel. */
export function normalizeAr(s: string): string {
  return normalizeDigits(s.replace(AR_DROP, "").replace(AR_LETTERS, (c) => AR_MAP[c] ?? c));
}

/** English folding: lowercase, Latin diacritics removed (Tillabéri = Tillaberi). */
export function foldEn(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

// biome-ignore lint/suspicious/noMisleadingCharacterClass: each combining mark is dropped on its own, which is the point.
const DROP_ONE = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0300-\u036f\u200b-\u200f]/;

export interface MappedText {
  text: string;
  /** map[i] = offset in the original string of normalised character i. */
  map: ArrayLike<number>;
}

/**
 * Both scripts at once, whitespace collapsed, with a map back to the original offsets so
 * cue and date patterns found in normalised text can be quoted from the original.
 */
// Folding of each UTF-16 code, computed once per code and kept in a table indexed by it: a
// Map keyed by one-character strings (and the string per character it needed) made
// normalisation the pipeline's hot spot. " " marks whitespace, "" a dropped mark.
const FOLD: (string | undefined)[] = new Array(65536);
for (let c = 0; c < 128; c++) FOLD[c] = c === 32 || (c >= 9 && c <= 13) ? " " : c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : String.fromCharCode(c);
function foldCode(c: number): string {
  let f = FOLD[c];
  if (f === undefined) {
    const ch = String.fromCharCode(c);
    if (/\s/.test(ch)) f = " ";
    else if (DROP_ONE.test(ch)) f = "";
    else if (AR_MAP[ch]) f = AR_MAP[ch]!;
    else if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) f = String((c & 0xf) % 10);
    else
      f = ch
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase();
    FOLD[c] = f;
  }
  return f;
}

// Output is written as UTF-16 codes into a reused buffer and decoded once: appending one
// character at a time built a rope per passage and most of the pipeline's garbage.
let codes = new Uint16Array(4096);
const UTF16 = new TextDecoder("utf-16le");

function fold(s: string, map: Int32Array | null): string {
  if (codes.length < s.length * 3 + 8) codes = new Uint16Array(s.length * 3 + 8);
  let n = 0;
  let lastSpace = true;
  for (let i = 0; i < s.length; i++) {
    const f = foldCode(s.charCodeAt(i));
    if (f.length === 1) {
      const c = f.charCodeAt(0);
      if (c === 32) {
        if (!lastSpace) {
          if (map) map[n] = i;
          codes[n++] = 32;
        }
        lastSpace = true;
        continue;
      }
      if (map) map[n] = i;
      codes[n++] = c;
      lastSpace = false;
    } else if (f.length) {
      for (let k = 0; k < f.length; k++) {
        if (map) map[n] = i;
        codes[n++] = f.charCodeAt(k);
      }
      lastSpace = false;
    }
  }
  if (n > 0 && codes[n - 1] === 32) n--;
  return n === 0 ? "" : UTF16.decode(codes.subarray(0, n));
}

// The same passage is normalised by several extractors in a row; remember the last few.
const recent: MappedText[] = [];
const recentKeys: string[] = [];

// Short strings (a few words before a mention) are cheap to redo and would evict passages.
const CACHE_MIN = 64;

export function normalizeWithMap(s: string): MappedText {
  const cacheable = s.length >= CACHE_MIN;
  const hit = cacheable ? recentKeys.indexOf(s) : -1;
  if (hit >= 0) return recent[hit]!;
  const full = new Int32Array(s.length * 3 + 8);
  const text = fold(s, full);
  const out = { text, map: full.subarray(0, text.length) };
  if (!cacheable) return out;
  recentKeys.unshift(s);
  recent.unshift(out);
  if (recentKeys.length > 4) recentKeys.pop(), recent.pop();
  return out;
}

/** Both scripts at once; used for hashing passages and for cue regexes. */
export function normalizeText(s: string): string {
  if (s.length >= CACHE_MIN) return normalizeWithMap(s).text;
  // Short slices (the words around a mention) are normalised often: no offset map for them.
  return fold(s, null);
}

/** Original [start, end) of normalised [from, to). */
export function originalRange(m: MappedText, from: number, to: number, fallbackEnd: number): { start: number; end: number } {
  const start = m.map[from] ?? fallbackEnd;
  const last = m.map[Math.max(from, to - 1)];
  return { start, end: last === undefined ? fallbackEnd : last + 1 };
}

export function isArabicToken(s: string): boolean {
  return /[\u0600-\u06FF]/.test(s);
}

/**
 * Conjunctions (و ف) then one preposition (ب ك ل): the clitics that glue onto a name.
 * "لل" is ل + ال with the alef elided, so it is rebuilt as "ال".
 */
const CONJ = ["و", "ف"];
const PREP = ["ب", "ك", "ل"];
const MIN_STEM = 2;

export interface StemVariant {
  stem: string;
  /** Letters stripped from the (normalised) token's start. */
  prefix: string;
}

/** All readings of a normalised Arabic token with proclitics removed, the unstripped one first. */
export function procliticVariants(tok: string): StemVariant[] {
  const out: StemVariant[] = [{ stem: tok, prefix: "" }];
  const seen = new Set([tok]);
  const push = (stem: string, prefix: string) => {
    if (stem.length >= MIN_STEM && !seen.has(stem)) {
      seen.add(stem);
      out.push({ stem, prefix });
    }
  };
  const afterConj: StemVariant[] = [{ stem: tok, prefix: "" }];
  for (const c of CONJ) if (tok.startsWith(c)) afterConj.push({ stem: tok.slice(1), prefix: c });
  for (const v of afterConj) {
    push(v.stem, v.prefix);
    for (const p of PREP) {
      if (!v.stem.startsWith(p)) continue;
      const rest = v.stem.slice(1);
      push(rest, v.prefix + p);
      if (p === "ل" && rest.startsWith("ل")) push("ا" + rest, v.prefix + p);
    }
  }
  return out;
}

/** Strips proclitics and the article: the bare stem ("وبالعراق" -> "عراق"). */
export function stripProclitics(tok: string): string {
  const n = normalizeAr(tok);
  let best = n;
  for (const v of procliticVariants(n)) {
    const bare = v.stem.startsWith("ال") && v.stem.length >= 2 + MIN_STEM ? v.stem.slice(2) : v.stem;
    if (bare.length < best.length) best = bare;
  }
  return best;
}
