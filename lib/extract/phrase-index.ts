import { nameTokens, type Token } from "../text/tokens";

/**
 * A dictionary of multi-word names keyed by their first normalised token, built once per
 * gazetteer/lexicon. Matching walks the text's tokens once, trying each token's readings
 * (with proclitics stripped) as a first word and preferring the longest name: linear in the
 * text, with a hash lookup per reading instead of a regex alternation over every name.
 */

interface Entry<T> {
  tokens: string[];
  /** Case-sensitive raw tokens for acronyms such as "IS" that would otherwise match "is". */
  exact?: string[];
  value: T;
}

export interface PhraseIndex<T> {
  byFirst: Map<string, Entry<T>[]>;
  size: number;
}

export interface PhraseItem<T> {
  name: string;
  value: T;
  exact?: boolean;
}

export interface PhraseMatch<T> {
  /** Offsets into the text the tokens came from. */
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** Every value named by the same words (e.g. country and city "الجزائر"). */
  values: T[];
  /** Proclitics stripped from the first word ("و", "بال" ...), "" if none. */
  prefix: string;
}

export function buildPhraseIndex<T>(items: Iterable<PhraseItem<T>>): PhraseIndex<T> {
  const byFirst = new Map<string, Entry<T>[]>();
  let size = 0;
  for (const it of items) {
    const tokens = nameTokens(it.name);
    const first = tokens[0];
    if (first === undefined) continue;
    const exact = it.exact ? it.name.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean) : undefined;
    const list = byFirst.get(first) ?? [];
    const key = tokens.join(" ");
    if (list.some((e) => e.tokens.join(" ") === key && e.value === it.value)) continue;
    list.push({ tokens, exact, value: it.value });
    byFirst.set(first, list);
    size++;
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst, size };
}

function entryMatches<T>(e: Entry<T>, tokens: Token[], i: number): boolean {
  if (i + e.tokens.length > tokens.length) return false;
  for (let k = 1; k < e.tokens.length; k++) if (tokens[i + k]!.norm !== e.tokens[k]) return false;
  if (e.exact) for (let k = 0; k < e.exact.length; k++) if (tokens[i + k]?.raw !== e.exact[k]) return false;
  return true;
}

/** Left-to-right, longest match first, non-overlapping. */
export function matchPhrases<T>(index: PhraseIndex<T>, tokens: Token[]): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i]!;
    let bestLen = 0;
    let best: T[] = [];
    let prefix = "";
    for (const v of tok.variants) {
      const list = index.byFirst.get(v.stem);
      if (!list) continue;
      for (const e of list) {
        if (e.tokens.length < bestLen) break;
        if (e.exact && v.prefix) continue;
        if (!entryMatches(e, tokens, i)) continue;
        if (e.tokens.length > bestLen) {
          bestLen = e.tokens.length;
          best = [e.value];
          prefix = v.prefix;
        } else if (!best.includes(e.value) && prefix === v.prefix) best.push(e.value);
      }
      // The unstripped reading wins when it matches: "لبنان" is not ل + "بنان".
      if (bestLen > 0 && v.prefix === "") break;
    }
    if (bestLen === 0) {
      i++;
      continue;
    }
    const last = tokens[i + bestLen - 1]!;
    out.push({ start: tok.start, end: last.end, tokenStart: i, tokenEnd: i + bestLen, values: best, prefix });
    i += bestLen;
  }
  return out;
}
