import { foldEn, isArabicToken, normalizeAr, procliticVariants } from "./normalize-ar";

/** A word of the original text with its normalised form(s); offsets into the original. */
export interface Token {
  start: number;
  end: number;
  raw: string;
  norm: string;
  arabic: boolean;
  /** Readings with proclitics stripped (Arabic only; English has just `norm`). */
  variants: { stem: string; prefix: string }[];
}

// Letters, combining marks and digits; the hyphen in "al-Qaeda" separates tokens so that
// "al Qaeda" and "al-Qaeda" tokenise alike.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

type Cached = Omit<Token, "start" | "end" | "raw">;

/**
 * Tokenises with a per-call cache of raw word -> normalised readings: news text repeats
 * its vocabulary heavily, so this keeps normalisation off the hot path.
 */
export function tokenize(text: string, cache: Map<string, Cached> = new Map()): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    let c = cache.get(raw);
    if (!c) {
      const arabic = isArabicToken(raw);
      const norm = arabic ? normalizeAr(raw) : foldEn(raw);
      c = { norm, arabic, variants: arabic ? procliticVariants(norm) : [{ stem: norm, prefix: "" }] };
      if (cache.size < 200_000) cache.set(raw, c);
    }
    out.push({ start: m.index, end: m.index + raw.length, raw, ...c });
  }
  return out;
}

/** Tokenises a name from the gazetteer or lexicon the same way as text. */
export function nameTokens(name: string): string[] {
  return tokenize(name).map((t) => t.norm);
}
