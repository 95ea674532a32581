/** Counts kept so that a claim can be taken out again, and the small searches the aggregate's readers need. */
export type Counter<K> = Map<K, number>;

export function bump<K>(m: Counter<K>, k: K, d: number): void {
  const n = (m.get(k) ?? 0) + d;
  if (n) m.set(k, n);
  else m.delete(k);
}

/** The key with the most, the first counted on a tie (Maps keep insertion order). */
export function leading<K>(m: ReadonlyMap<K, number>): K | null {
  let best: K | null = null;
  let most = 0;
  for (const [k, n] of m) if (n > most) [best, most] = [k, n];
  return best;
}

/** Where `id` is or would go in ids sorted in byte order (binary search). */
export function sortedIndex(ids: readonly string[], id: string): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The `n` least of some keys in byte order, least first, in one pass (no sort of them all). */
export function least(keys: Iterable<string>, n: number): string[] {
  const out: string[] = [];
  for (const k of keys) {
    if (out.length === n && k >= out[n - 1]!) continue;
    let i = out.length;
    while (i > 0 && out[i - 1]! > k) i--;
    out.splice(i, 0, k);
    if (out.length > n) out.pop();
  }
  return out;
}
