/**
 * Near-identical texts: the Jaccard similarity of their word 3-shingles. Words are compared
 * after case folding and dropping punctuation and Arabic diacritics, so a re-typed or
 * re-encoded copy of an article still matches; a different article on the same story does not
 * (it shares names, not runs of three words).
 */

export const NEAR_DUPLICATE = 0.9;
const K = 3;

function words(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "") // harakat, superscript alef, tatweel
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** FNV-1a over a shingle's words: sets of numbers, not of strings, keep 2 MB texts cheap. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function shingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length < K) {
    if (w.length) out.add(hash(w.join(" ")));
    return out;
  }
  for (let i = 0; i + K <= w.length; i++) out.add(hash(w.slice(i, i + K).join(" ")));
  return out;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (!a.size && !b.size) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
