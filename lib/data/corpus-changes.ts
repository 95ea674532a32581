/**
 * Which articles each corpus version re-read (a write's articles), so that every reader of the
 * corpus patches by them instead of comparing 10,000 articles per version. Kept once per process
 * on globalThis, like the corpus.
 */
type Step = { from: number; to: number; slugs: readonly string[] };
const KEY = Symbol.for("allegiance-atlas.corpus-changes");
const g = globalThis as unknown as { [KEY]?: Step[] };

/** What changedSince reads of a corpus (structural: corpus-read imports this file). */
type Versioned = { serial: number; byArticle: ReadonlyMap<string, readonly unknown[]> };

/** Steps kept for changedSince: a reader further behind diffs every article instead. */
const LOGGED = 64;

export function logChange(from: number, to: number, slugs: readonly string[]): void {
  const log = (g[KEY] ??= []);
  log.push({ from, to, slugs });
  if (log.length > LOGGED) log.shift();
}

/**
 * The articles whose facts may differ between the corpus with serial `from` and `c` (added,
 * replaced or deleted), or null when that is not known (a full read in between, a step too
 * old, another database): then the caller compares every article. What lets each reader of a
 * write patch by the changed articles instead of walking 10,000 of them per version.
 */
export function changedSince(c: Pick<Versioned, "serial">, from: number | undefined): readonly string[] | null {
  if (from === undefined) return null;
  if (from === c.serial) return [];
  const log = g[KEY] ?? [];
  const out = new Set<string>();
  let at = from;
  for (const step of log) {
    if (step.from !== at) continue;
    for (const s of step.slugs) out.add(s);
    at = step.to;
    if (at === c.serial) return [...out];
  }
  return null;
}

/**
 * The articles a reader that last counted the corpus with serial `from` must take out and count
 * again: those whose facts array is not the one it counted (`counted`), or that it counted and
 * the corpus no longer has. From the change log when it reaches back that far, else by
 * comparing every article (the same answer, slower).
 */
export function articlesToRecount(c: Versioned, from: number | undefined, counted: ReadonlyMap<string, { facts: readonly unknown[] }>): string[] {
  const differs = (slug: string) => counted.get(slug)?.facts !== c.byArticle.get(slug);
  const known = changedSince(c, from);
  if (known) return known.filter(differs);
  const out: string[] = [];
  for (const slug of c.byArticle.keys()) if (differs(slug)) out.push(slug);
  for (const slug of counted.keys()) if (!c.byArticle.has(slug)) out.push(slug);
  return out;
}

/** Forgets the log (tests that switch databases; a new database's corpus is read whole first). */
export function forgetChanges(): void {
  g[KEY] = undefined;
}
