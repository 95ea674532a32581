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
  // Values already indexed under each name: a scan of the first word's list made building
  // quadratic once thousands of town names share a first word ("al").
  const seen = new Map<string, Set<T>>();
  let size = 0;
  for (const it of items) {
    const tokens = nameTokens(it.name);
    const first = tokens[0];
    if (first === undefined) continue;
    const exact = it.exact ? it.name.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean) : undefined;
    const list = byFirst.get(first) ?? [];
    const key = tokens.join(" ");
    const values = seen.get(key) ?? new Set<T>();
    if (values.has(it.value)) continue;
    values.add(it.value);
    seen.set(key, values);
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

interface Best<T> {
  len: number;
  values: T[];
  prefix: string;
}

function bestAt<T>(index: PhraseIndex<T>, tokens: Token[], i: number): Best<T> | null {
  const tok = tokens[i]!;
  let best: Best<T> | null = null;
  for (const v of tok.variants) {
    const list = index.byFirst.get(v.stem);
    if (!list) continue;
    for (const e of list) {
      if (best && e.tokens.length < best.len) break;
      if (e.exact && v.prefix) continue;
      if (!entryMatches(e, tokens, i)) continue;
      if (!best || e.tokens.length > best.len) best = { len: e.tokens.length, values: [e.value], prefix: v.prefix };
      else if (!best.values.includes(e.value) && best.prefix === v.prefix) best.values.push(e.value);
    }
    // The unstripped reading wins when it matches: "لبنان" is not ل + "بنان".
    if (best && v.prefix === "") break;
  }
  return best;
}

/**
 * Non-overlapping matches, longest first: a match is dropped when a longer one starts inside
 * it and runs past its end ("the Islamic State in the Greater Sahara" is ISGS, not ISIS).
 */
export function matchPhrases<T>(index: PhraseIndex<T>, tokens: Token[]): PhraseMatch<T>[] {
  const best: (Best<T> | null)[] = tokens.map((_, i) => (index.byFirst.size ? bestAt(index, tokens, i) : null));
  const out: PhraseMatch<T>[] = [];
  for (let i = 0; i < tokens.length; ) {
    const b = best[i];
    if (!b) {
      i++;
      continue;
    }
    let beaten = false;
    for (let j = i + 1; j < i + b.len && !beaten; j++) {
      const o = best[j];
      beaten = o !== null && o !== undefined && o.len > b.len && j + o.len > i + b.len;
    }
    if (beaten) {
      i++;
      continue;
    }
    out.push({ start: tokens[i]!.start, end: tokens[i + b.len - 1]!.end, tokenStart: i, tokenEnd: i + b.len, values: b.values, prefix: b.prefix });
    i += b.len;
  }
  return out;
}
